package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
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
 *
 * <p>Properties run with QuickTheories (random cases, shrunk to a minimal counter-example and reported with the
 * seed on failure).
 */
class DecisionPropertiesTest {

    private static final LocalDate OFFENCE_DATE = LocalDate.of(2026, 10, 1);
    private static final List<String> FACTORS =
            List.of("high-value", "planned", "group", "breach-of-trust", "emergency-worker", "spat at officer");
    private static final List<String> MITIGATIONS = List.of("low-value", "property-recovered", "impulsive", "remorse");
    private static final List<String> CODES =
            OffenceCatalogue.bundled().all().stream().map(Offence::code).toList();

    private final Decider decider = Decider.bundled();

    @Test
    void decisionsAreDeterministic() {
        cases().forAll(facts(), policies()).checkAssert((facts, policy) -> {
            Decision first = decider.decide(facts, policy);
            Decision again = Decider.bundled().decide(facts, policy);
            Decision fresh = new Decider(Policies.bundled(), OffenceCatalogue.bundled()).decide(facts, policy);

            assertThat(again).isEqualTo(first);
            assertThat(fresh).isEqualTo(first);
        });
    }

    @Test
    void anAggravatingFactorNeverMakesADecisionMorePermissive() {
        cases().forAll(facts(), policies(), arbitrary().pick(FACTORS)).checkAssert((facts, policy, factor) -> {
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
        });
    }

    @Test
    void aPriorOffenceNeverMakesADecisionMorePermissive() {
        cases().forAll(facts(), policies(), priors()).checkAssert((facts, policy, prior) -> {
            List<CaseFacts.PriorDisposal> history =
                    new ArrayList<>(facts.offender().history());
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
        });
    }

    @Test
    void withdrawingConsentNeverMakesADecisionMorePermissive() {
        cases().forAll(facts(), policies()).checkAssert((facts, policy) -> {
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
        });
    }

    @Test
    void everyRefusalAndEscalationNamesARuleOfThePolicy() {
        cases().forAll(facts(), policies()).checkAssert((facts, policy) -> {
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
        });
    }

    private static QuickTheory cases() {
        return qt().withExamples(300);
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

    private static Gen<Policy> policies() {
        return arbitrary().pick(List.copyOf(Policies.bundled().all()));
    }

    private static Gen<CaseFacts.PriorDisposal> priors() {
        return arbitrary()
                .enumValues(Disposal.class)
                .zip(
                        arbitrary().pick(CODES),
                        integers().between(0, 3000),
                        (d, code, days) -> new CaseFacts.PriorDisposal(d, code, OFFENCE_DATE.minusDays(days)));
    }

    private static Gen<Boolean> oneIn(int n) {
        return integers().between(1, n).map(i -> i == 1);
    }

    private static Gen<CaseFacts> facts() {
        Gen<CaseFacts.Offender> offenders = integers()
                .between(10, 80)
                .zip(
                        oneIn(3).map(no -> !no),
                        oneIn(2),
                        lists().of(priors()).ofSizeBetween(0, 3),
                        CaseFacts.Offender::new);
        Gen<CaseFacts.Victim> victims = oneIn(2).zip(
                        oneIn(2),
                        oneIn(2),
                        (identified, consulted, consents) ->
                                new CaseFacts.Victim(identified, consulted, consents, null));
        Gen<Boolean> rarely = oneIn(4);
        Gen<CaseFacts.Circumstances> circumstances = in -> new CaseFacts.Circumstances(
                rarely.generate(in),
                rarely.generate(in),
                rarely.generate(in),
                rarely.generate(in),
                arbitrary().enumValues(CaseFacts.Injury.class).generate(in),
                rarely.generate(in),
                rarely.generate(in));
        Gen<String> forces = arbitrary().pick("durham", "cleveland", "kent");
        Gen<List<String>> aggravating = lists().of(arbitrary().pick(FACTORS)).ofSizeBetween(0, 2);
        Gen<List<String>> mitigating = lists().of(arbitrary().pick(MITIGATIONS)).ofSizeBetween(0, 2);
        Gen<Boolean> evidence = oneIn(3).map(no -> !no);
        Gen<String> codes = arbitrary().pick(CODES);
        return in -> {
            boolean sufficient = evidence.generate(in);
            return new CaseFacts(
                    "p",
                    forces.generate(in),
                    new CaseFacts.OffenceDetails(codes.generate(in), OFFENCE_DATE, BigDecimal.TEN),
                    offenders.generate(in),
                    victims.generate(in),
                    circumstances.generate(in),
                    aggravating.generate(in),
                    mitigating.generate(in),
                    sufficient,
                    sufficient ? "rationale recorded" : "");
        };
    }
}
