package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Whether a condition was met, with the evidence, who recorded it and when. */
public record ConditionOutcome(Status status, String evidence, String recordedBy, Instant at) {

    public ConditionOutcome {
        requireNonNull(status, "status");
        requireNonNull(evidence, "evidence");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(at, "at");
    }

    /** Whether the offender did what the condition asked. */
    public enum Status {
        COMPLETED,
        NOT_COMPLETED
    }
}
