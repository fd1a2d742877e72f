package uk.crs.analytics.pathways;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * One case closed in crs, as the pathways need it and nothing more: no people, no free text. Made from the case store
 * by an adapter outside analytics (analytics never depends on the case workflow).
 *
 * @param reference the case id, shown only to the force's own users
 * @param closed the month the case was closed (UTC)
 * @param offenceCode the Home Office offence code of the case
 * @param outcomeType the Home Office outcome type recorded at the close (8 for every crs case)
 * @param completed whether the conditions were all completed
 * @param offenderAccepted whether an agreement recorded the offender's acceptance
 */
public record ClosedCase(
        String reference,
        YearMonth closed,
        String offenceCode,
        int outcomeType,
        boolean completed,
        boolean offenderAccepted) {

    public ClosedCase {
        requireNonNull(reference, "reference");
        requireNonNull(closed, "closed");
        requireNonNull(offenceCode, "offenceCode");
    }
}
