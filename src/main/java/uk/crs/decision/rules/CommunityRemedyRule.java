package uk.crs.decision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.crs.decision.RuleResult;
import uk.crs.policy.RuleSpec;

/**
 * Anti-social Behaviour, Crime and Policing Act 2014 ss.101-103: where the police and crime commissioner has published
 * a Community Remedy list, the conditions offered with a community resolution come from it.
 */
final class CommunityRemedyRule extends ConfiguredRule<RuleSpec.CommunityRemedy> {

    private final Set<String> actions;
    private final RuleResult noConditions;
    private final RuleResult onTheList;

    CommunityRemedyRule(RuleSpec.CommunityRemedy spec) {
        super(spec);
        this.actions = spec.actions().stream().map(CommunityRemedyRule::key).collect(Collectors.toSet());
        this.noConditions =
                pass("no conditions offered yet; choose them from the Community Remedy list: " + spec.actions());
        this.onTheList = pass("checked: every condition offered is on the Community Remedy list");
    }

    @Override
    public RuleResult evaluate(Assessment a) {
        List<String> conditions = a.facts().conditions();
        if (conditions.isEmpty()) {
            return noConditions;
        }
        List<String> outside = new ArrayList<>();
        for (String c : conditions) {
            if (!actions.contains(key(c))) {
                outside.add(c);
            }
        }
        if (!outside.isEmpty()) {
            return block("conditions not on the Community Remedy list: " + outside + "; the list is " + spec.actions());
        }
        return onTheList;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
