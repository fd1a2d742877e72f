package uk.crs.cases;

import java.util.List;

/**
 * What a check at one level would show about a person: a community resolution is not a conviction, so it never
 * appears on a basic or standard check, and on an enhanced check only where an inspector or above marked it relevant.
 */
public record DisclosureReport(String personRef, DisclosureLevel level, String note, List<Shown> communityResolutions) {

    public DisclosureReport {
        communityResolutions = List.copyOf(communityResolutions);
    }

    /** One community resolution an enhanced check would show, with the reason it was found relevant. */
    public record Shown(String caseId, String offenceCode, CaseStatus status, String reason, String markedBy) {}
}
