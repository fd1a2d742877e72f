package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;

/**
 * Crimes with a published outcome, of which pending (no outcome yet) and community resolutions, under the definitions
 * of DESIGN.md §5.
 */
public record Counts(long crimes, long pending, long communityResolutions) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (crimes < 0 || pending < 0 || communityResolutions < 0 || pending + communityResolutions > crimes) {
            throw new IllegalArgumentException("inconsistent counts: crimes " + crimes + ", pending " + pending
                    + ", community resolutions " + communityResolutions);
        }
    }

    public Counts plus(Counts other) {
        return new Counts(
                crimes + other.crimes, pending + other.pending, communityResolutions + other.communityResolutions);
    }

    /** Crimes with an assigned (not pending) outcome: the base of {@link #shareOfAssigned()}. */
    public long assigned() {
        return crimes - pending;
    }

    public @Nullable Double shareOfCrimes() {
        return crimes == 0 ? null : (double) communityResolutions / crimes;
    }

    public @Nullable Double shareOfAssigned() {
        return assigned() == 0 ? null : (double) communityResolutions / assigned();
    }

    public long get(Measure measure) {
        return switch (measure) {
            case CRIMES -> crimes;
            case PENDING -> pending;
            case COMMUNITY_RESOLUTIONS -> communityResolutions;
        };
    }

    /** The three published counts. */
    public enum Measure {
        CRIMES,
        PENDING,
        COMMUNITY_RESOLUTIONS
    }
}
