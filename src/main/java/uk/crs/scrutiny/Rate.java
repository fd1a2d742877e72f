package uk.crs.scrutiny;

/** A count of {@code events} (for example INAPPROPRIATE conclusions) among {@code trials} cases. */
public record Rate(int events, int trials) {

    public Rate {
        if (trials < 0 || events < 0 || events > trials) {
            throw new IllegalArgumentException("a rate needs 0 <= events <= trials, found " + events + " of " + trials);
        }
    }

    /** The observed share, or NaN for no trials. */
    public double proportion() {
        return trials == 0 ? Double.NaN : (double) events / trials;
    }

    /** The Wilson 95% interval; for no trials, the whole of [0, 1]. */
    public Interval wilson95() {
        return trials == 0 ? new Interval(0, 1) : Interval.wilson(proportion(), trials);
    }
}
