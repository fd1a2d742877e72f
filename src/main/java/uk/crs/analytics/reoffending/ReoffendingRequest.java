package uk.crs.analytics.reoffending;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which cohort to measure: the force (optional when one force is loaded), the period of index outcome dates, and the
 * date the records are complete to when it is not the extract's own.
 */
public record ReoffendingRequest(Optional<String> force, YearMonth from, YearMonth to, Optional<LocalDate> asAt) {

    /** Months of follow-up in which a re-offence must be committed. */
    public static final int FOLLOW_UP_MONTHS = 12;

    /** Months after the index date by which the re-offence's outcome must be recorded (follow-up plus waiting). */
    public static final int RECORDED_WITHIN_MONTHS = 18;

    public ReoffendingRequest {
        requireNonNull(force, "force");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(asAt, "asAt");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    /** The first day on which every index of the cohort has had its follow-up and waiting period. */
    public LocalDate maturesOn() {
        return maturesOn(to);
    }

    /** The latest last month a cohort can have and be mature on {@code asAt}: the rule of {@link #maturesOn()}. */
    public static YearMonth latestMatureMonth(LocalDate asAt) {
        YearMonth month = YearMonth.from(asAt).minusMonths(RECORDED_WITHIN_MONTHS);
        return maturesOn(month).isAfter(asAt) ? month.minusMonths(1) : month;
    }

    private static LocalDate maturesOn(YearMonth to) {
        return to.atEndOfMonth().plusMonths(RECORDED_WITHIN_MONTHS);
    }
}
