package uk.crs.analytics.report;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What to report on: the source, an optional period and force, for some sources a dataset or count basis, and
 * optionally one crime type (the whole report, national line and funnel included, is then about that crime type).
 */
public record ReportRequest(
        Source source,
        Optional<YearMonth> from,
        Optional<YearMonth> to,
        Optional<String> force,
        Optional<String> dataset,
        Optional<String> basis,
        Optional<String> crimeType,
        PeriodMode period) {

    public ReportRequest {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    /** A request over the common period (the default). */
    public ReportRequest(
            Source source,
            Optional<YearMonth> from,
            Optional<YearMonth> to,
            Optional<String> force,
            Optional<String> dataset,
            Optional<String> basis,
            Optional<String> crimeType) {
        this(source, from, to, force, dataset, basis, crimeType, PeriodMode.COMMON);
    }

    /** The same request narrowed to these months. */
    ReportRequest within(YearMonth first, YearMonth last) {
        return new ReportRequest(
                source, Optional.of(first), Optional.of(last), force, dataset, basis, crimeType, period);
    }

    /** A request over every crime type. */
    public ReportRequest(
            Source source,
            Optional<YearMonth> from,
            Optional<YearMonth> to,
            Optional<String> force,
            Optional<String> dataset,
            Optional<String> basis) {
        this(source, from, to, force, dataset, basis, Optional.empty(), PeriodMode.COMMON);
    }
}
