package uk.crs.analytics.report;

/** Output formats of a report. HTML and CSV are public outputs (suppressed by default); JSON is not. */
public enum ReportFormat {
    HTML,
    JSON,
    CSV;

    public boolean suppressedByDefault() {
        return this != JSON;
    }
}
