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
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.Offences;
import uk.crs.policy.Policy;
import uk.crs.policy.RuleSpec;

/**
 * Decides one case under one policy: scores it, evaluates every rule (never stopping at the first refusal) and
 * combines the results. Pure: the same facts and policy always give an equal decision.
 */
public final class DecisionEngine {

    private final OffenceCatalogue catalogue;
    private final Offences offences;
    // keyed by the policy file's sha256: the same bytes always give the same rules
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    public DecisionEngine(OffenceCatalogue catalogue) {
        this(
                catalogue,
                catalogue == OffenceCatalogue.bundled() ? Offences.bundled() : Offences.of(List.of(), catalogue));
    }

    public DecisionEngine(OffenceCatalogue catalogue, Offences offences) {
        this.catalogue = catalogue;
        this.offences = offences;
    }

    /**
     * @throws IllegalArgumentException if the offence code is not in the catalogue (the JSON boundary rejects those)
     */
    public Decision decide(CaseFacts facts, Policy policy) {
        String code = facts.offence().code();
        String offenceId = facts.offence().offenceId();
        OffenceDefinition definition;
        Offence offence;
        if (offenceId != null) {
            definition = offences.find(offenceId)
                    .orElseThrow(() -> new IllegalArgumentException("unknown offence id " + offenceId));
            Offence view = offences.classView(definition);
            offence = view.code().equalsIgnoreCase(code)
                    ? view
                    : new Offence(
                            code,
                            view.description(),
                            catalogue.find(code).map(Offence::group).orElse(view.group()),
                            catalogue.find(code).map(Offence::subgroup).orElse(view.subgroup()),
                            view.modeOfTrial(),
                            view.flags(),
                            view.modeOfTrialSource(),
                            view.note());
        } else {
            List<OffenceDefinition> inClass = offences.inClass(code);
            definition = inClass.isEmpty() ? null : inClass.get(0);
            Offence row = catalogue.find(code).orElse(null);
            if (row != null) {
                offence = row;
            } else if (definition != null) {
                offence = offences.classView(definition);
            } else {
                throw new IllegalArgumentException("unknown offence code " + code);
            }
        }
        Compiled c = compiled.computeIfAbsent(policy.sha256(), k -> Compiled.of(policy));
        GravityScore score = GravityScoring.score(c.gravity(), facts, offence, definition);
        Assessment assessment = new Assessment(facts, offence, score, catalogue::find, definition);
        List<RuleResult> results = new ArrayList<>(c.rules().size());
        for (Rule rule : c.rules()) {
            results.add(rule.evaluate(assessment));
        }
        return Decision.of(
                facts, score.score(), results, PolicyRef.of(policy), assessment.title(), warnings(facts, offence));
    }

    /** A class or section that covers offences differing in mode or gravity: say which was decided on. */
    private List<String> warnings(CaseFacts facts, Offence offence) {
        List<String> choices = facts.offence().choices();
        if (choices.isEmpty()) {
            return List.of();
        }
        StringBuilder s = new StringBuilder();
        for (String id : choices) {
            offences.find(id).ifPresent(d -> s.append(s.length() == 0 ? "" : "; ")
                    .append(d.id())
                    .append(" (")
                    .append(d.title())
                    .append(", ")
                    .append(d.citation())
                    .append(')'));
        }
        String first =
                offences.find(choices.get(0)).map(OffenceDefinition::title).orElse(choices.get(0));
        String given = facts.offence().offenceId() == null
                ? "the Home Office class " + offence.code() + " (" + offence.description() + ")"
                : "the legislation and section given";
        return List.of(given + " covers offences that differ in mode of trial or gravity; decided on the most"
                + " serious, " + first + ". Name the offence with offence.id to decide on it: " + s);
    }

    /** A policy's rules ready to evaluate, and its one gravity rule. */
    private record Compiled(List<Rule> rules, RuleSpec.Gravity gravity) {
        static Compiled of(Policy policy) {
            RuleSpec.Gravity gravity = policy.rules().stream()
                    .filter(RuleSpec.Gravity.class::isInstance)
                    .map(RuleSpec.Gravity.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(policy.label() + " has no gravity rule"));
            return new Compiled(Rules.of(policy.rules()), gravity);
        }
    }
}
