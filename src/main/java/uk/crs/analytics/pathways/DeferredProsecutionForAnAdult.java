package uk.crs.analytics.pathways;

/** Outcome 23, deferred prosecution for children, recorded for someone 18 or over at the offence. */
final class DeferredProsecutionForAnAdult implements ConformanceRule.RecordRule {

    @Override
    public String id() {
        return "deferred-prosecution-for-an-adult";
    }

    @Override
    public String description() {
        return "Outcome 23 (deferred prosecution for children) for someone aged 18 or over at the offence";
    }

    @Override
    public String source() {
        return "derived: Centre for Justice Innovation, \"Beyond admission: could Outcome 22 and 23 become England"
                + " and Wales' version of no contest\" (outcome 23 is for children; adults' deferred prosecutions"
                + " are recorded as 22)";
    }

    @Override
    public String condition() {
        return "f.outcome_type = '23' AND f.age >= 18";
    }
}
