package uk.crs.analytics.pathways;

/** Outcome 21 dated before January 2016, or 22 before 1 April 2019: the type did not exist yet. */
final class OutcomeBeforeItBegan implements ConformanceRule.RecordRule {

    @Override
    public String id() {
        return "outcome-before-it-began";
    }

    @Override
    public String description() {
        return "An outcome dated before its type existed (21 before January 2016, 22 before 1 April 2019)";
    }

    @Override
    public String source() {
        return "the start dates of outcome types 21 and 22 (see the definitions): 22 verified in two secondary sources,"
                + " 21 derived";
    }

    @Override
    public String condition() {
        return "(f.outcome_type = '21' AND f.outcome_date < DATE '2016-01-01')"
                + " OR (f.outcome_type = '22' AND f.outcome_date < DATE '2019-04-01')";
    }
}
