package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.crs.decision.CaseFactsFixture.TODAY;
import static uk.crs.decision.CaseFactsFixture.aFirstTimeAdultShoplifting;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.crs.forces.Forces;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.Rank;

/** The cases the 2019 investigation found, and the other "done when" scenarios, under the bundled policies. */
class SeededScenariosTest {

    private final Decider decider = Decider.bundled();

    @ParameterizedTest(name = "{0} aged {1}, mitigation ''{2}''")
    @CsvSource({
        "19E, 34, ''", "19E, 15, ''", "19E, 34, impulsive",
        "13, 34, ''", "13, 15, ''", "13, 34, impulsive",
        "10A, 34, ''", "10A, 16, ''", "10A, 34, impulsive",
        "56A, 34, ''", "56A, 15, ''", "56A, 34, impulsive"
    })
    void seriousOffencesAreNeverPermittedWithoutAtLeastAnInspector(String code, int age, String mitigation) {
        CaseFactsFixture facts = aFirstTimeAdultShoplifting().offence(code).aged(age, true);
        if (!mitigation.isEmpty()) {
            facts.mitigating(mitigation);
        }
        Decision decision = decider.decide(facts.build(), TODAY);

        assertThat(decision.outcome()).isNotEqualTo(Outcome.PERMITTED);
        if (decision.outcome() == Outcome.AUTHORISATION_REQUIRED) {
            assertThat(decision.requiredAuthority()).isGreaterThanOrEqualTo(Rank.INSPECTOR);
        }
        if (OffenceCatalogue.bundled().find(code).orElseThrow().indictableOnly()) {
            assertThat(decision.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        }
    }

    @ParameterizedTest
    @CsvSource({"105A", "8N", "8L"})
    void assaultOrHarassmentOfAnIntimatePartnerIsNotPermitted(String code) {
        Decision decision = decider.decide(
                aFirstTimeAdultShoplifting()
                        .offence(code)
                        .intimatePartnerAbuse()
                        .build(),
                TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(decision.firedRuleIds()).contains("intimate-partner-domestic-abuse");
    }

    @Test
    void permitsFirstTimeAdultShopliftingWithAConsentingVictim() {
        Decision decision = decider.decide(aFirstTimeAdultShoplifting().build(), TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.PERMITTED);
        assertThat(decision.requiredAuthority()).isEqualTo(Rank.NONE);
        assertThat(decision.policy().id()).isEqualTo("national-default");
    }

    @Test
    void asksASupervisorWhenTheVictimObjectsNationally() {
        Decision decision =
                decider.decide(aFirstTimeAdultShoplifting().victimObjects().build(), TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.AUTHORISATION_REQUIRED);
        assertThat(decision.requiredAuthority()).isEqualTo(Rank.SERGEANT);
    }

    @Test
    void refusesWhenTheVictimObjectsInCleveland() {
        Decision decision = decider.decide(
                aFirstTimeAdultShoplifting().in("cleveland").victimObjects().build(), TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(decision.policy().id()).isEqualTo("cleveland");
        assertThat(decision.firedRuleIds()).containsExactly("victim-consent");
    }

    @Test
    void refusesAFifteenYearOldWithoutAnAppropriateAdult() {
        Decision decision =
                decider.decide(aFirstTimeAdultShoplifting().aged(15, false).build(), TODAY);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_PERMITTED);
        assertThat(decision.firedRuleIds()).containsExactly("appropriate-adult");
    }

    @Test
    void everyForceButClevelandFallsBackToTheNationalDefault() {
        for (String force : Forces.standard().recordingSlugs()) {
            String expected = force.equals("cleveland") ? "cleveland" : "national-default";
            assertThat(decider.policyFor(aFirstTimeAdultShoplifting().in(force).build()))
                    .as(force)
                    .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(expected));
        }
    }

    @Test
    void findsNoPolicyBeforeCommunityResolutionsWereAnOutcome() {
        CaseFacts facts = aFirstTimeAdultShoplifting().build();
        CaseFacts old = new CaseFacts(
                facts.id(),
                facts.force(),
                new CaseFacts.OffenceDetails("46", LocalDate.of(2012, 1, 1), null),
                facts.offender(),
                facts.victim(),
                facts.circumstances(),
                facts.aggravating(),
                facts.mitigating(),
                true,
                facts.rationale());

        assertThat(decider.policyFor(old)).isEmpty();
    }
}
