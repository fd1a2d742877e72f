package uk.crs.decision;

import java.time.LocalDate;
import java.util.Optional;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;

/** Picks the policy for a case (by force and offence date, or as named) and decides the case under it. */
public final class Decider {

    private final Policies policies;
    private final DecisionEngine engine;

    public Decider(Policies policies, OffenceCatalogue catalogue) {
        this.policies = policies;
        this.engine = new DecisionEngine(catalogue);
    }

    /** The bundled policies and offence catalogue. */
    public static Decider bundled() {
        return new Decider(Policies.bundled(), OffenceCatalogue.bundled());
    }

    public Policies policies() {
        return policies;
    }

    /** The policy in force for the case's force on its offence date, falling back to the national policy. */
    public Optional<Policy> policyFor(CaseFacts facts) {
        return policies.select(facts.force(), facts.offence().date());
    }

    /**
     * Decides under the policy in force for the case's force and offence date.
     *
     * @param today the date of the decision; an offence dated after it is a programming error here because the JSON
     *     boundary rejects it
     * @throws IllegalArgumentException if no policy is in force for the force on the offence date
     */
    public Decision decide(CaseFacts facts, LocalDate today) {
        if (facts.offence().date().isAfter(today)) {
            throw new IllegalArgumentException(
                    "offence date " + facts.offence().date() + " is after the decision date " + today);
        }
        Policy policy = policyFor(facts)
                .orElseThrow(() -> new IllegalArgumentException("no policy is in force for " + facts.force() + " on "
                        + facts.offence().date()));
        return engine.decide(facts, policy);
    }

    /** Decides under the given policy, whatever the case's force and date. */
    public Decision decide(CaseFacts facts, Policy policy) {
        return engine.decide(facts, policy);
    }
}
