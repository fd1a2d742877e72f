package uk.crs.analytics.reoffending;

/** One person of the cohort: pathway, matching variables and re-offences under each measure. */
public record CohortPerson(
        String key,
        int pathway,
        String ageBand,
        String sex,
        String offenceGroup,
        int previousDisposals,
        int provenReoffences,
        int sanctionedReoffences) {

    /** The exact-matching stratum. */
    public String stratum() {
        return ageBand + "|" + sex + "|" + offenceGroup + "|" + previousDisposals;
    }

    public boolean provenReoffender() {
        return provenReoffences > 0;
    }

    public boolean sanctionedReoffender() {
        return sanctionedReoffences > 0;
    }
}
