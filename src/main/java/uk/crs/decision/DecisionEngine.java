package uk.crs.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.crs.decision.rules.Assessment;
import uk.crs.decision.rules.GravityScore;
import uk.crs.decision.rules.GravityScoring;
import uk.crs.decision.rules.Rule;
import uk.crs.decision.rules.Rules;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Policy;
import uk.crs.policy.RuleSpec;

/**
 * Decides one case under one policy: scores it, evaluates every rule (never stopping at the first refusal) and
 * combines the results. Pure: the same facts and policy always give an equal decision.
 */
public final class DecisionEngine {

    private final OffenceCatalogue catalogue;
    private final Map<String, List<Rule>> compiled = new ConcurrentHashMap<>();

    public DecisionEngine(OffenceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @throws IllegalArgumentException if the offence code is not in the catalogue (the JSON boundary rejects those)
     */
    public Decision decide(CaseFacts facts, Policy policy) {
        Offence offence = catalogue
                .find(facts.offence().code())
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown offence code " + facts.offence().code()));
        RuleSpec.Gravity gravity = policy.rules().stream()
                .filter(RuleSpec.Gravity.class::isInstance)
                .map(RuleSpec.Gravity.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(policy.label() + " has no gravity rule"));
        GravityScore score = GravityScoring.score(gravity, facts, offence);
        Assessment assessment = new Assessment(facts, offence, score, catalogue::find);
        List<Rule> rules = compiled.computeIfAbsent(policy.sha256() + policy.label(), k -> Rules.of(policy.rules()));
        List<RuleResult> results = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            results.add(rule.evaluate(assessment));
        }
        return Decision.of(facts.id(), score.score(), results, PolicyRef.of(policy));
    }
}
