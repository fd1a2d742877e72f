package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A panel's published findings for one year, in the versioned format documented in {@code docs/scrutiny.md}
 * ({@code "format": "crs-scrutiny-findings", "version": 1}). In the public version every count is perturbed by the
 * cell key method of {@code uk.crs.disclosure} and nothing is withheld ({@code disclosure} says so in words); a count
 * may be null only in findings published before that method, whose counts from 1 to 9 were suppressed (listed in
 * {@code suppressed}), which collation still reads.
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
        List<String> suppressed,
        String disclosure) {

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
        if (disclosure == null) {
            // findings stored before the disclosure text existed: they were suppressed at 10
            disclosure = SUPPRESSED_AT_10;
        }
    }

    /** What findings published with threshold suppression (before the cell key method) say of their counts. */
    public static final String SUPPRESSED_AT_10 = "Counts from 1 to 9 were suppressed, with the rates built on"
            + " them (published before crs perturbed counts by the cell key method).";
    ;

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
            @Nullable Integer eligible,
            @Nullable Integer drawn) {}

    /** A recommendation made to the force and the force's response (empty until it answers). */
    public record Recommendation(String text, String owner, String due, @Nullable String response) {}
}
