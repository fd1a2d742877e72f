package uk.crs.analytics.pathways;

/** An outcome dated before the offence it closes. */
final class OutcomeBeforeOffence implements ConformanceRule.RecordRule {

    @Override
    public String id() {
        return "outcome-before-offence";
    }

    @Override
    public String description() {
        return "An outcome dated before the offence was committed";
    }

    @Override
    public String source() {
        return "derived: an outcome closes a recorded crime (Home Office Counting Rules, crime outcomes), so it"
                + " cannot precede the offence";
    }

    @Override
    public String condition() {
        return "f.outcome_date < f.offence_date";
    }
}
