package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.crs.policy.Disposal;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Policies;
import uk.crs.policy.Policy;
import uk.crs.policy.RuleSpec;

/**
 * Invariants of every decision under every bundled policy: determinism, monotonicity, and that refusals and
 * escalations name rules of the policy used.
 *
 * <p>"More permissive" orders decisions by strictness: PERMITTED, then AUTHORISATION_REQUIRED by rising authority,
 * then NOT_PERMITTED, which no authority can lift. A change may therefore trade an authorisation for a refusal.
 */
class DecisionPropertiesTest {

    private static final LocalDate OFFENCE_DATE = LocalDate.of(2026, 10, 1);
    private static final List<String> FACTORS =
            List.of("high-value", "planned", "group", "breach-of-trust", "emergency-worker", "spat at officer");
    private static final List<String> MITIGATIONS = List.of("low-value", "property-recovered", "impulsive", "remorse");

    private final Decider decider = Decider.bundled();

    @Property(tries = 300)
    void decisionsAreDeterministic(@ForAll("facts") CaseFacts facts, @ForAll("policies") Policy policy) {
        Decision first = decider.decide(facts, policy);
        Decision again = Decider.bundled().decide(facts, policy);
        Decision fresh = new Decider(Policies.bundled(), OffenceCatalogue.bundled()).decide(facts, policy);

        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
    }

    @Property(tries = 300)
    void anAggravatingFactorNeverMakesADecisionMorePermissive(
            @ForAll("facts") CaseFacts facts, @ForAll("policies") Policy policy, @ForAll("factors") String factor) {
        List<String> more = new ArrayList<>(facts.aggravating());
        more.add(factor);
        CaseFacts aggravated = new CaseFacts(
                facts.id(),
                facts.force(),
                facts.offence(),
                facts.offender(),
                facts.victim(),
                facts.circumstances(),
                more,
                facts.mitigating(),
                facts.evidenceSufficient(),
                facts.rationale());

        assertNoMorePermissive(decider.decide(facts, policy), decider.decide(aggravated, policy));
    }

    @Property(tries = 300)
    void aPriorOffenceNeverMakesADecisionMorePermissive(
            @ForAll("facts") CaseFacts facts,
            @ForAll("policies") Policy policy,
            @ForAll("priors") CaseFacts.PriorDisposal prior) {
        List<CaseFacts.PriorDisposal> history = new ArrayList<>(facts.offender().history());
        history.add(prior);
        CaseFacts.Offender o = facts.offender();
        CaseFacts withPrior = new CaseFacts(
                facts.id(),
                facts.force(),
                facts.offence(),
                new CaseFacts.Offender(o.age(), o.acceptsResponsibility(), o.appropriateAdultPresent(), history),
                facts.victim(),
                facts.circumstances(),
                facts.aggravating(),
                facts.mitigating(),
                facts.evidenceSufficient(),
                facts.rationale());

        assertNoMorePermissive(decider.decide(facts, policy), decider.decide(withPrior, policy));
    }

    @Property(tries = 300)
    void withdrawingConsentNeverMakesADecisionMorePermissive(
            @ForAll("facts") CaseFacts facts, @ForAll("policies") Policy policy) {
        CaseFacts.Victim v = facts.victim();
        CaseFacts withdrawn = new CaseFacts(
                facts.id(),
                facts.force(),
                facts.offence(),
                facts.offender(),
                new CaseFacts.Victim(v.identified(), v.consulted(), false, v.views()),
                facts.circumstances(),
                facts.aggravating(),
                facts.mitigating(),
                facts.evidenceSufficient(),
                facts.rationale());

        assertNoMorePermissive(decider.decide(facts, policy), decider.decide(withdrawn, policy));
    }

    @Property(tries = 300)
    void everyRefusalAndEscalationNamesARuleOfThePolicy(
            @ForAll("facts") CaseFacts facts, @ForAll("policies") Policy policy) {
        Decision decision = decider.decide(facts, policy);
        Set<String> ids = policy.rules().stream().map(RuleSpec::id).collect(Collectors.toSet());

        assertThat(decision.policy()).isEqualTo(PolicyRef.of(policy));
        decision.rules().stream()
                .filter(r -> r.result() == Verdict.BLOCK || r.result() == Verdict.ESCALATE)
                .forEach(r -> assertThat(ids).contains(r.id()));
        if (decision.outcome() == Outcome.NOT_PERMITTED) {
            assertThat(decision.rules()).anyMatch(r -> r.result() == Verdict.BLOCK);
        }
        if (decision.outcome() == Outcome.AUTHORISATION_REQUIRED) {
            assertThat(decision.rules())
                    .anyMatch(r -> r.result() == Verdict.ESCALATE && r.authority() == decision.requiredAuthority());
        }
    }

    private static void assertNoMorePermissive(Decision before, Decision after) {
        assertThat(strictness(after))
                .as(
                        "%s/%s became %s/%s",
                        before.outcome(), before.requiredAuthority(), after.outcome(), after.requiredAuthority())
                .isGreaterThanOrEqualTo(strictness(before));
    }

    private static int strictness(Decision d) {
        return d.outcome() == Outcome.NOT_PERMITTED
                ? 100
                : d.requiredAuthority().ordinal();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(Policies.bundled().all());
    }

    @Provide
    Arbitrary<String> factors() {
        return Arbitraries.of(FACTORS);
    }

    @Provide
    Arbitrary<CaseFacts.PriorDisposal> priors() {
        Arbitrary<String> codes = Arbitraries.of(
                OffenceCatalogue.bundled().all().stream().map(Offence::code).toList());
        return Combinators.combine(
                        Arbitraries.of(Disposal.class),
                        codes,
                        Arbitraries.integers().between(0, 3000))
                .as((d, code, days) -> new CaseFacts.PriorDisposal(d, code, OFFENCE_DATE.minusDays(days)));
    }

    @Provide
    Arbitrary<CaseFacts> facts() {
        Arbitrary<String> codes = Arbitraries.of(
                OffenceCatalogue.bundled().all().stream().map(Offence::code).toList());
        Arbitrary<CaseFacts.Offender> offenders = Combinators.combine(
                        Arbitraries.integers().between(10, 80),
                        Arbitraries.of(true, true, false),
                        Arbitraries.of(true, false),
                        priors().list().ofMaxSize(3))
                .as(CaseFacts.Offender::new);
        Arbitrary<CaseFacts.Victim> victims = Combinators.combine(
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((identified, consulted, consents) -> new CaseFacts.Victim(identified, consulted, consents, null));
        Arbitrary<Boolean> rarely = Arbitraries.of(false, false, false, true);
        Arbitrary<CaseFacts.Circumstances> circumstances = Combinators.combine(
                        rarely, rarely, rarely, rarely, Arbitraries.of(CaseFacts.Injury.class), rarely, rarely)
                .as(CaseFacts.Circumstances::new);
        return Combinators.combine(
                        Arbitraries.of("durham", "cleveland", "kent"),
                        codes,
                        offenders,
                        victims,
                        circumstances,
                        Arbitraries.of(FACTORS).list().ofMaxSize(2),
                        Arbitraries.of(MITIGATIONS).list().ofMaxSize(2),
                        Arbitraries.of(true, true, false))
                .as((force, code, offender, victim, circ, agg, mit, evidence) -> new CaseFacts(
                        "p",
                        force,
                        new CaseFacts.OffenceDetails(code, OFFENCE_DATE, BigDecimal.TEN),
                        offender,
                        victim,
                        circ,
                        agg,
                        mit,
                        evidence,
                        evidence ? "rationale recorded" : ""));
    }
}
