package uk.crs.analytics.report;

/**
 * Output formats of a report. Reports on open data are unsuppressed in every format by default (the records are
 * published one by one; see {@link Definitions}); {@code --suppress} suppresses any of them.
 */
public enum ReportFormat {
    HTML,
    JSON,
    CSV
}
