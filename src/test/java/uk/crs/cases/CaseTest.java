package uk.crs.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.crs.decision.Outcome;
import uk.crs.policy.Rank;
import uk.crs.users.Role;
import uk.crs.users.User;

/** The case lifecycle as values: transitions, refusals and the rules beyond the role table. */
class CaseTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final User OFFICER = new User("pc101", Role.OFFICER, "durham");
    private static final User SERGEANT = new User("ps7", Role.SERGEANT, "durham");
    private static final User INSPECTOR = new User("insp3", Role.INSPECTOR, "durham");

    @Test
    void startsInTheStatusTheDecisionCallsFor() {
        assertThat(created(OFFICER, Outcome.PERMITTED, Rank.NONE).status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(created(OFFICER, Outcome.AUTHORISATION_REQUIRED, Rank.SERGEANT)
                        .status())
                .isEqualTo(CaseStatus.AWAITING_AUTHORISATION);
        assertThat(created(OFFICER, Outcome.NOT_PERMITTED, Rank.NONE).status()).isEqualTo(CaseStatus.NOT_PERMITTED);
    }

    @Test
    void refusesAuthorisationByTheOfficerWhoCreatedTheCase() {
        Case kase = created(SERGEANT, Outcome.AUTHORISATION_REQUIRED, Rank.SERGEANT);
        assertThat(refusal(kase.authorise(SERGEANT, true, "mine", T0))).isEqualTo(Refusal.Kind.SELF_AUTHORISATION);
    }

    @Test
    void refusesAuthorisationBelowTheRequiredRank() {
        Case kase = created(OFFICER, Outcome.AUTHORISATION_REQUIRED, Rank.INSPECTOR);
        assertThat(refusal(kase.authorise(SERGEANT, true, "ok", T0))).isEqualTo(Refusal.Kind.INSUFFICIENT_RANK);
        Case approved = next(kase.authorise(INSPECTOR, true, "ok", T0));
        assertThat(approved.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(kase.status()).as("the original value is unchanged").isEqualTo(CaseStatus.AWAITING_AUTHORISATION);
    }

    @Test
    void refusesAnAgreementWithoutTheOffendersAcceptance() {
        Case kase = created(OFFICER, Outcome.PERMITTED, Rank.NONE);
        Agreement refused = new Agreement(false, "views", true, null, List.of());
        assertThat(refusal(kase.agree(OFFICER, refused, T0))).isEqualTo(Refusal.Kind.TRANSITION_NOT_ALLOWED);
    }

    @Test
    void needsTheOverrideRankToGoAheadWithoutTheVictimsConsent() {
        Case kase = created(OFFICER, Outcome.PERMITTED, Rank.NONE);
        Agreement overridden = new Agreement(true, "no", false, "loss made good", List.of());
        assertThat(refusal(kase.agree(OFFICER, overridden, T0))).isEqualTo(Refusal.Kind.INSUFFICIENT_RANK);
        assertThat(next(kase.agree(SERGEANT, overridden, T0)).status()).isEqualTo(CaseStatus.AGREED);
    }

    @Test
    void closesOnlyOnceEveryConditionHasAnOutcomeAndAsCompletedOnlyIfAllWereMet() {
        Case agreed = next(created(OFFICER, Outcome.PERMITTED, Rank.NONE)
                .agree(
                        OFFICER,
                        new Agreement(
                                true,
                                "an apology and £10",
                                true,
                                null,
                                List.of(
                                        new Condition(
                                                1,
                                                ConditionType.APOLOGY,
                                                "letter",
                                                LocalDate.of(2026, 12, 1),
                                                null,
                                                null),
                                        new Condition(
                                                2,
                                                ConditionType.COMPENSATION,
                                                "£10",
                                                LocalDate.of(2026, 12, 1),
                                                new BigDecimal("10.00"),
                                                null))),
                        T0));
        assertThat(refusal(agreed.close(OFFICER, CaseStatus.COMPLETED, true, T0)))
                .isEqualTo(Refusal.Kind.TRANSITION_NOT_ALLOWED);
        Case oneMet = next(agreed.recordOutcome(OFFICER, 1, ConditionOutcome.Status.COMPLETED, "letter", T0));
        Case oneMissed = next(oneMet.recordOutcome(OFFICER, 2, ConditionOutcome.Status.NOT_COMPLETED, "not paid", T0));
        assertThat(refusal(oneMissed.close(OFFICER, CaseStatus.COMPLETED, true, T0)))
                .isEqualTo(Refusal.Kind.TRANSITION_NOT_ALLOWED);
        TransitionResult closed = oneMissed.close(OFFICER, CaseStatus.NOT_COMPLETED, true, T0);
        assertThat(next(closed).status()).isEqualTo(CaseStatus.NOT_COMPLETED);
        CaseEvent.Closed event = (CaseEvent.Closed) ((TransitionResult.Accepted) closed).event();
        assertThat(event.homeOfficeOutcome()).isEqualTo(8);
        assertThat(refusal(oneMissed.recordOutcome(OFFICER, 2, ConditionOutcome.Status.COMPLETED, "late", T0)))
                .isEqualTo(Refusal.Kind.TRANSITION_NOT_ALLOWED);
    }

    @Test
    void leavesNoWayOutOfATerminalStateAndAWayToOneFromEveryOther() {
        for (Transition t : Transitions.all()) {
            assertThat(t.from() == null || !t.from().terminal())
                    .as(t.toString())
                    .isTrue();
        }
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(reachesTerminal(status, EnumSet.noneOf(CaseStatus.class)))
                    .as(status.name())
                    .isTrue();
        }
    }

    private static boolean reachesTerminal(CaseStatus status, Set<CaseStatus> seen) {
        if (status.terminal()) {
            return true;
        }
        seen.add(status);
        return Transitions.all().stream()
                .filter(t -> t.from() == status && !seen.contains(t.to()) || t.from() == status && t.to().terminal())
                .anyMatch(t -> reachesTerminal(t.to(), seen));
    }

    private static Case created(User by, Outcome outcome, Rank required) {
        return next(Case.create(CaseId.random(), by, outcome, required, Rank.SERGEANT, T0));
    }

    private static Case next(TransitionResult result) {
        assertThat(result).isInstanceOf(TransitionResult.Accepted.class);
        return ((TransitionResult.Accepted) result).next();
    }

    private static Refusal.Kind refusal(TransitionResult result) {
        assertThat(result).isInstanceOf(TransitionResult.Rejected.class);
        return ((TransitionResult.Rejected) result).refusal().kind();
    }
}
