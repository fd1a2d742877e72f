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
    // keyed by the policy file's sha256: the same bytes always give the same rules
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

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
        Compiled c = compiled.computeIfAbsent(policy.sha256(), k -> Compiled.of(policy));
        GravityScore score = GravityScoring.score(c.gravity(), facts, offence);
        Assessment assessment = new Assessment(facts, offence, score, catalogue::find);
        List<RuleResult> results = new ArrayList<>(c.rules().size());
        for (Rule rule : c.rules()) {
            results.add(rule.evaluate(assessment));
        }
        return Decision.of(facts.id(), score.score(), results, PolicyRef.of(policy));
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
