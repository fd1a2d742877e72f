package uk.crs.analytics.reoffending;

import uk.crs.analytics.report.Interval;

/** One pathway's cohort: people, re-offenders under each measure, and proven re-offences. */
public record PathwayRates(
        int outcomeType, long people, long provenReoffenders, long sanctionedReoffenders, long provenReoffences) {

    public double provenRate() {
        return (double) provenReoffenders / people;
    }

    public double sanctionedRate() {
        return (double) sanctionedReoffenders / people;
    }

    public Interval provenCi95() {
        return Interval.wilson(provenReoffenders, people, Interval.Z95);
    }

    public Interval sanctionedCi95() {
        return Interval.wilson(sanctionedReoffenders, people, Interval.Z95);
    }

    public double reoffencesPer100() {
        return 100.0 * provenReoffences / people;
    }
}
