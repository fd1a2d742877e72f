package uk.crs.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Something that happened to a case, as the store records it and the audit log names it. */
public sealed interface CaseEvent {

    CaseAction action();

    /** An officer created the case and the decision set its first status. */
    record Created(String by, Instant at) implements CaseEvent {
        @Override
        public CaseAction action() {
            return CaseAction.CREATE;
        }
    }

    /** A supervisor approved or refused a case that needed authorisation. */
    record AuthorisationGiven(String by, String role, boolean approved, String rationale, Instant at)
            implements CaseEvent {
        @Override
        public CaseAction action() {
            return approved ? CaseAction.AUTHORISE : CaseAction.REFUSE;
        }
    }

    /** The agreement was recorded; {@code by} is the supervisor who overrode a victim's objection, if any. */
    record AgreementRecorded(Agreement agreement, String by, String role, Instant at) implements CaseEvent {
        @Override
        public CaseAction action() {
            return CaseAction.AGREE;
        }
    }

    /** A condition's completion or non-completion was recorded. */
    record OutcomeRecorded(int conditionId, ConditionOutcome outcome) implements CaseEvent {
        @Override
        public CaseAction action() {
            return CaseAction.RECORD_OUTCOME;
        }
    }

    /**
     * The case was closed; a closed community resolution is Home Office outcome 8.
     *
     * @param victimInformed whether the victim was told of the outcome
     */
    record Closed(CaseStatus as, boolean victimInformed, int homeOfficeOutcome, Instant at) implements CaseEvent {
        @Override
        public CaseAction action() {
            return CaseAction.CLOSE;
        }
    }

    /** The case was withdrawn, with the reason. */
    record Withdrawn(@Nullable String reason, String by, Instant at) implements CaseEvent {
        @Override
        public CaseAction action() {
            return CaseAction.WITHDRAW;
        }
    }
}
