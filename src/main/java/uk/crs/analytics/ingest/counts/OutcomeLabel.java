package uk.crs.analytics.ingest.counts;

/** Outcome labels in aggregated tables: blank and the spreadsheet placeholder "(blank)" both mean no outcome. */
final class OutcomeLabel {

    private OutcomeLabel() {}

    static boolean isBlank(String label) {
        return label.isBlank() || label.strip().equals("(blank)");
    }
}
