package uk.crs.analytics.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.report.Counts.Measure;

/** The report as one long CSV table, one row per line of every table (column {@code table} says which). */
final class CsvReport {

    private static final String[] HEADER = {
        "table",
        "force",
        "slug",
        "year",
        "crimeType",
        "crimes",
        "pending",
        "communityResolutions",
        "shareOfCrimes",
        "shareOfAssigned",
        "shareOfCrimesCi95Low",
        "shareOfCrimesCi95High",
        "shareOfAssignedCi95Low",
        "shareOfAssignedCi95High",
        "funnel",
        "funnelUnadjusted",
        "outcomeData",
        "reservedClasses"
    };

    private CsvReport() {}

    static String render(Report report, Disclosure disclosure) {
        return render(report, disclosure, table -> true);
    }

    /** Only the lines of the tables {@code wanted} accepts (the offence-code breakdown is {@code OFFENCE}). */
    static String render(Report report, Disclosure disclosure, Predicate<Line.Table> wanted) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (Line l : report.lines()) {
                if (l.table() == Line.Table.OFFENCE || !wanted.test(l.table())) {
                    continue;
                }
                List<Object> row = new ArrayList<>();
                row.add(l.table().name());
                row.add(l.forceSlug() == null ? "" : ForceNames.of(l.forceSlug()));
                row.add(l.forceSlug() == null ? "" : l.forceSlug());
                row.add(l.year() == null ? "" : l.year());
                row.add(l.crimeType() == null ? "" : l.crimeType());
                boolean hide = addCounts(row, disclosure, l, l.counts());
                ForceStats stats = l.table() == Line.Table.FORCE && l.forceSlug() != null
                        ? report.stats(l.forceSlug())
                        : ForceStats.NONE;
                Interval crimes = hide ? null : stats.shareOfCrimesCi95();
                Interval assigned = hide ? null : stats.shareOfAssignedCi95();
                row.add(crimes == null ? "" : crimes.low());
                row.add(crimes == null ? "" : crimes.high());
                row.add(assigned == null ? "" : assigned.low());
                row.add(assigned == null ? "" : assigned.high());
                row.add(stats.funnel() == null || hide ? "" : stats.funnel());
                row.add(stats.funnelUnadjusted() == null || hide ? "" : stats.funnelUnadjusted());
                row.add(l.outcomeData());
                row.add("");
                csv.printRecord(row);
            }
            for (OffenceLine o : wanted.test(Line.Table.OFFENCE) ? report.offences() : List.<OffenceLine>of()) {
                Line asLine = report.offenceLine(o);
                List<Object> row = new ArrayList<>(List.of("OFFENCE", "", "", "", o.code() + " " + o.description()));
                addCounts(row, disclosure, asLine, o.counts());
                row.addAll(List.of("", "", "", "", o.counts().crimes() > 0, String.join("|", o.reservedClasses())));
                csv.printRecord(row);
            }
            // The report's disclosure position and period, in every CSV: table NOTE, the text in the force column.
            note(csv, Definitions.disclosure(disclosure));
            if (!report.periodNote().isEmpty()) {
                note(csv, report.periodNote());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void note(CSVPrinter csv, String text) throws IOException {
        List<Object> row = new ArrayList<>(List.of("NOTE", text));
        while (row.size() < HEADER.length) {
            row.add("");
        }
        csv.printRecord(row);
    }

    /** Adds the measures and shares of {@code counts}, hidden as {@code disclosure} says for {@code line}; true if the shares are hidden. */
    private static boolean addCounts(List<Object> row, Disclosure disclosure, Line line, Counts counts) {
        for (Measure m : Measure.values()) {
            row.add(disclosure.hides(line, m) ? disclosure.label(line, m) : counts.get(m));
        }
        boolean hide = disclosure.hidesShares(line);
        row.add(share(hide, counts.shareOfCrimes()));
        row.add(share(hide, counts.shareOfAssigned()));
        return hide;
    }

    static String coverage(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("force", "slug", "state", "monthsLoaded", "numberOfMonths")
                .get()
                .print(out)) {
            for (ForceCoverage c : report.coverage()) {
                csv.printRecord(
                        ForceNames.of(c.slug()),
                        c.slug(),
                        c.state().words(),
                        c.monthRuns(),
                        c.months().size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object share(boolean hide, @Nullable Double share) {
        return hide ? "[c]" : share == null ? "" : share;
    }
}
