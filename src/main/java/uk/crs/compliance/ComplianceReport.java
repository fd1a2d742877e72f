package uk.crs.compliance;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.report.Interval;

/**
 * A force's compliance statement: one row per month of closure and a total row, each with every {@link Measure}'s
 * count (perturbed unless internal) and rates with Wilson 95% intervals from those counts; for the internal version,
 * the case references of decisions against policy.
 */
public record ComplianceReport(
        Optional<String> force,
        YearMonth from,
        YearMonth to,
        boolean internal,
        List<Row> months,
        Row total,
        List<String> againstPolicy,
        String method) {

    public ComplianceReport {
        months = List.copyOf(months);
        againstPolicy = List.copyOf(againstPolicy);
    }

    /** One month (or the total, month null): the published counts. */
    public record Row(@Nullable YearMonth month, Map<Measure, Long> counts) {
        public Row {
            counts = Map.copyOf(new EnumMap<>(counts));
        }

        public long count(Measure m) {
            return counts.getOrDefault(m, 0L);
        }

        /** The measure as a share of its base, or null for the number closed or an empty base. */
        public @Nullable Double rate(Measure m) {
            Measure base = m.base();
            if (base == null || count(base) == 0) {
                return null;
            }
            return (double) Math.min(count(m), count(base)) / count(base);
        }

        /** The Wilson 95% interval of the rate (a perturbed part above its perturbed base counts as the base). */
        public @Nullable Interval ci95(Measure m) {
            Measure base = m.base();
            if (base == null || count(base) == 0) {
                return null;
            }
            return Interval.wilson(Math.min(count(m), count(base)), count(base), Interval.Z95);
        }
    }

    public String title() {
        return "Community resolution compliance: " + force.orElse("all forces") + ", closed " + from + " to " + to
                + (internal ? " (INTERNAL: true counts and case references, not for publication)" : "");
    }
}
