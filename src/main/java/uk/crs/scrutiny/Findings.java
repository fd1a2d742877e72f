package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A panel's published findings for one year, in the versioned format documented in {@code docs/scrutiny.md}
 * ({@code "format": "crs-scrutiny-findings", "version": 1}). In the public version every count from 1 to 9 is
 * suppressed (null, listed in {@code suppressed}) together with the rates computed from it; zero is shown, as it
 * discloses no one (the analytics reports' rule, docs/analytics.md).
 */
public record Findings(
        String panel,
        List<String> forces,
        int year,
        boolean publicVersion,
        Counts counts,
        @Nullable RateSummary inappropriateRate,
        @Nullable RateSummary reweightedInappropriateRate,
        int casesForTenPointMargin,
        @Nullable Agreement agreement,
        List<SamplingRecord> sampling,
        int meetingsHeld,
        int meetingsCancelled,
        Map<String, Integer> membersByAgency,
        List<Recommendation> recommendations,
        List<String> suppressed) {

    /** The format name written in every findings document. */
    public static final String FORMAT = "crs-scrutiny-findings";

    /** The version of the format this code writes and reads. */
    public static final int VERSION = 1;

    public Findings {
        requireNonNull(panel, "panel");
        forces = List.copyOf(forces);
        sampling = List.copyOf(sampling);
        membersByAgency = Map.copyOf(membersByAgency);
        recommendations = List.copyOf(recommendations);
        suppressed = List.copyOf(suppressed);
    }

    /** Conclusions by verdict; null where suppressed. */
    public record Counts(
            @Nullable Integer reviewed,
            @Nullable Integer appropriate,
            @Nullable Integer appropriateWithObservations,
            @Nullable Integer inappropriate,
            @Nullable Integer unableToDetermine) {}

    /** A rate with its 95% interval. */
    public record RateSummary(double estimate, double lower, double upper) {
        public static RateSummary of(double estimate, Interval interval) {
            return new RateSummary(estimate, interval.lower(), interval.upper());
        }
    }

    /** One stratum of one meeting's draw as published. */
    public record SamplingRecord(
            String meeting,
            String stratum,
            @Nullable String theme,
            @Nullable String seed,
            String seedSha256,
            String manifestSha256,
            int eligible,
            int drawn) {}

    /** A recommendation made to the force and the force's response (empty until it answers). */
    public record Recommendation(String text, String owner, String due, @Nullable String response) {}
}
