package uk.crs.analytics.pathways;

/** A youth caution (outcome 2) for someone 18 or over at the offence, so at least 18 when cautioned. */
final class YouthCautionForAnAdult implements ConformanceRule.RecordRule {

    @Override
    public String id() {
        return "youth-caution-for-an-adult";
    }

    @Override
    public String description() {
        return "A youth caution (outcome 2) for someone aged 18 or over at the offence";
    }

    @Override
    public String source() {
        return "verified: Crime and Disorder Act 1998 s.66ZA (a youth caution is given to a child or young person,"
                + " under 18); outcome 2 is \"Caution - youths\" (Home Office user guide)";
    }

    @Override
    public String condition() {
        return "f.outcome_type = '2' AND f.age >= 18";
    }
}
