package uk.crs.compliance;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Which compliance statement: one force (empty: every force in the store, for the command line), the months of
 * closure from and to, and whether it is the internal version (true counts and case references for follow-up, not for
 * publication) or the perturbed one.
 */
public record ComplianceRequest(Optional<String> force, YearMonth from, YearMonth to, boolean internal) {

    /** The longest period one statement covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    public ComplianceRequest {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new IllegalArgumentException(
                    "--from " + from + " to --to " + to + " is longer than " + MAX_MONTHS + " months");
        }
    }
}
