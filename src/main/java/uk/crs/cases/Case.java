package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.cases.TransitionResult.Accepted;
import uk.crs.decision.Outcome;
import uk.crs.policy.Rank;
import uk.crs.users.User;

/**
 * A community resolution case: its status, owner and conditions. Commands return the next case and its event, or a
 * {@link Refusal}; they never change this value and never read a clock.
 *
 * @param officer the username of the officer who created the case
 * @param requiredAuthority the rank the decision asked for before the case may go ahead
 * @param overrideAuthority the rank that may override a victim's objection (policy; SERGEANT by default)
 */
public record Case(
        CaseId id,
        String force,
        String officer,
        CaseStatus status,
        int version,
        Rank requiredAuthority,
        Rank overrideAuthority,
        List<Condition> conditions,
        Instant createdAt,
        Instant updatedAt) {

    public Case {
        requireNonNull(id, "id");
        requireNonNull(force, "force");
        requireNonNull(officer, "officer");
        requireNonNull(status, "status");
        requireNonNull(requiredAuthority, "requiredAuthority");
        requireNonNull(overrideAuthority, "overrideAuthority");
        conditions = List.copyOf(conditions);
    }

    /** Starts a case from the decision: refused outright, waiting for a supervisor, or ready for agreement. */
    public static TransitionResult create(
            CaseId id, User by, Outcome outcome, Rank required, Rank override, Instant now) {
        CaseStatus to = outcome == Outcome.NOT_PERMITTED
                ? CaseStatus.NOT_PERMITTED
                : outcome == Outcome.AUTHORISATION_REQUIRED ? CaseStatus.AWAITING_AUTHORISATION : CaseStatus.DECIDED;
        Optional<Refusal> refused = Permission.check(by, CaseAction.CREATE, null, to);
        if (refused.isPresent()) {
            return new TransitionResult.Rejected(refused.get());
        }
        Case created = new Case(id, by.force(), by.username(), to, 1, required, override, List.of(), now, now);
        return new Accepted(created, new CaseEvent.Created(by.username(), now));
    }

    /** A supervisor of at least the required rank, who is not the case's officer, approves or refuses the case. */
    public TransitionResult authorise(User by, boolean approve, String rationale, Instant now) {
        CaseAction action = approve ? CaseAction.AUTHORISE : CaseAction.REFUSE;
        CaseStatus to = approve ? CaseStatus.DECIDED : CaseStatus.REFUSED;
        Optional<Refusal> refused = Permission.check(by, action, status, to);
        if (refused.isEmpty() && by.username().equals(officer)) {
            refused = Optional.of(new Refusal(
                    Refusal.Kind.SELF_AUTHORISATION, by.username() + " created this case and may not authorise it"));
        }
        if (refused.isEmpty() && !by.role().hasRankAtLeast(requiredAuthority)) {
            refused = Optional.of(new Refusal(
                    Refusal.Kind.INSUFFICIENT_RANK,
                    "this case needs authorisation by " + requiredAuthority + " or above, found " + by.role()));
        }
        return refused.<TransitionResult>map(TransitionResult.Rejected::new)
                .orElseGet(() -> next(
                        to,
                        now,
                        List.of(),
                        new CaseEvent.AuthorisationGiven(
                                by.username(), by.role().name(), approve, rationale, now)));
    }

    /** Records the agreement; going ahead without the victim's consent needs a user of the override rank. */
    public TransitionResult agree(User by, Agreement agreement, Instant now) {
        Optional<Refusal> refused = Permission.check(by, CaseAction.AGREE, status, CaseStatus.AGREED);
        if (refused.isEmpty() && !agreement.offenderAccepts()) {
            refused = Optional.of(new Refusal(
                    Refusal.Kind.TRANSITION_NOT_ALLOWED,
                    "a community resolution needs the offender's acceptance; withdraw the case instead"));
        }
        if (refused.isEmpty() && agreement.overridden() && !by.role().hasRankAtLeast(overrideAuthority)) {
            refused = Optional.of(new Refusal(
                    Refusal.Kind.INSUFFICIENT_RANK,
                    "going ahead without the victim's consent needs an override by " + overrideAuthority
                            + " or above, found " + by.role()));
        }
        return refused.<TransitionResult>map(TransitionResult.Rejected::new)
                .orElseGet(() -> next(
                        CaseStatus.AGREED,
                        now,
                        agreement.conditions(),
                        new CaseEvent.AgreementRecorded(
                                agreement, by.username(), by.role().name(), now)));
    }

    /** Records whether one condition was met; each condition's outcome is recorded once. */
    public TransitionResult recordOutcome(
            User by, int conditionId, ConditionOutcome.Status result, String evidence, Instant now) {
        Optional<Refusal> refused = Permission.check(by, CaseAction.RECORD_OUTCOME, status, CaseStatus.AGREED);
        if (refused.isPresent()) {
            return new TransitionResult.Rejected(refused.get());
        }
        Condition condition = condition(conditionId);
        if (condition == null) {
            return TransitionResult.refuse(Refusal.Kind.NOT_FOUND, "case " + id + " has no condition " + conditionId);
        }
        if (condition.outcome() != null) {
            return TransitionResult.refuse(
                    Refusal.Kind.TRANSITION_NOT_ALLOWED,
                    "condition " + conditionId + " already has the outcome "
                            + condition.outcome().status());
        }
        ConditionOutcome outcome = new ConditionOutcome(result, evidence, by.username(), now);
        List<Condition> updated = new ArrayList<>();
        for (Condition c : conditions) {
            updated.add(c.id() == conditionId ? c.withOutcome(outcome) : c);
        }
        return next(CaseStatus.AGREED, now, updated, new CaseEvent.OutcomeRecorded(conditionId, outcome));
    }

    /** Closes the case once every condition has an outcome; COMPLETED only when every condition was met. */
    public TransitionResult close(User by, CaseStatus as, boolean victimInformed, Instant now) {
        Optional<Refusal> refused = Permission.check(by, CaseAction.CLOSE, status, as);
        if (refused.isPresent()) {
            return new TransitionResult.Rejected(refused.get());
        }
        long open = conditions.stream().filter(c -> c.outcome() == null).count();
        boolean allMet = conditions.stream()
                .allMatch(c -> c.outcome() != null && c.outcome().status() == ConditionOutcome.Status.COMPLETED);
        String problem = open > 0
                ? open + " condition(s) have no recorded outcome yet"
                : as == CaseStatus.COMPLETED && !allMet
                        ? "a case closes as COMPLETED only when every condition was completed"
                        : as == CaseStatus.NOT_COMPLETED && allMet
                                ? "every condition was completed, so the case closes as COMPLETED"
                                : null;
        if (problem != null) {
            return TransitionResult.refuse(Refusal.Kind.TRANSITION_NOT_ALLOWED, problem);
        }
        return next(as, now, conditions, new CaseEvent.Closed(as, victimInformed, HOME_OFFICE_OUTCOME_CR, now));
    }

    /** Withdraws a case that is not yet finished. */
    public TransitionResult withdraw(User by, @Nullable String reason, Instant now) {
        Optional<Refusal> refused = Permission.check(by, CaseAction.WITHDRAW, status, CaseStatus.WITHDRAWN);
        return refused.<TransitionResult>map(TransitionResult.Rejected::new)
                .orElseGet(() -> next(
                        CaseStatus.WITHDRAWN, now, conditions, new CaseEvent.Withdrawn(reason, by.username(), now)));
    }

    /** Home Office crime outcome 8: community resolution. */
    public static final int HOME_OFFICE_OUTCOME_CR = 8;

    public @Nullable Condition condition(int conditionId) {
        return conditions.stream()
                .filter(c -> c.id() == conditionId)
                .findFirst()
                .orElse(null);
    }

    private TransitionResult next(CaseStatus to, Instant now, List<Condition> newConditions, CaseEvent event) {
        Case after = new Case(
                id,
                force,
                officer,
                to,
                version + 1,
                requiredAuthority,
                overrideAuthority,
                newConditions,
                createdAt,
                now);
        return new Accepted(after, event);
    }
}
