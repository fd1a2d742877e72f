package uk.crs.analytics.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.SqlScript;

/**
 * Reconciles a force's records with its published data.police.uk street files, at month x crime type: every
 * difference is explained by reason codes where the crime-level data shows why, and the rest is {@code UNEXPLAINED}, so
 * that the explained parts and the residual add up exactly to the difference ({@code records/reconcile.sql}).
 */
public final class Reconciliation {

    /** Tolerance on a period's residual: 2% of the force's count or 10, whichever is larger (project default). */
    public static final double TOLERANCE_SHARE = 0.02;

    public static final long TOLERANCE_MINIMUM = 10;

    public static final String UNEXPLAINED = "UNEXPLAINED";

    /** data.police.uk publishes the latest 36 months of street files. */
    public static final int PUBLISHED_MONTHS = 36;

    private final AnalyticsStore store;

    public Reconciliation(AnalyticsStore store) {
        this.store = store;
    }

    /** Two counts: crimes and community resolutions. */
    public record Counts(long crimes, long communityResolutions) {
        Counts plus(Counts other) {
            return new Counts(crimes + other.crimes, communityResolutions + other.communityResolutions);
        }

        Counts minus(Counts other) {
            return new Counts(crimes - other.crimes, communityResolutions - other.communityResolutions);
        }
    }

    /** One month and crime type: the two totals, their difference and its explanation (residual last). */
    public record Cell(
            YearMonth month,
            String crimeType,
            Counts forceRecords,
            Counts published,
            Counts difference,
            Map<String, Counts> reasons) {
        public Cell {
            reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }
    }

    /** A period's statement: totals, waterfall, the residual against its tolerance. */
    public record Period(
            YearMonth month,
            Counts forceRecords,
            Counts published,
            Counts difference,
            Map<String, Counts> waterfall,
            Counts tolerance,
            boolean withinTolerance) {
        public Period {
            waterfall = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(waterfall));
        }
    }

    /** The whole reconciliation. {@code toCheck} lists crime references for internal follow-up only. */
    public record Result(
            String force,
            YearMonth from,
            YearMonth to,
            YearMonth vintage,
            boolean synthetic,
            List<Cell> cells,
            List<Period> periods,
            Counts forceRecords,
            Counts published,
            Counts difference,
            Map<String, Counts> waterfall,
            String status,
            List<String> toCheck,
            List<HomeOfficeQuarter> homeOffice) {
        public Result {
            homeOffice = List.copyOf(homeOffice);
            cells = List.copyOf(cells);
            periods = List.copyOf(periods);
            waterfall = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(waterfall));
            toCheck = List.copyOf(toCheck);
        }
    }

    /**
     * A quarter of a Home Office outcomes table in one count basis, beside the force's records for the same three
     * recorded months: a count base of its own, never mixed with the street files'. Crimes are the outcomes of every
     * type (0 to 22) in the basis, CRs those of type 8; the records count crimes recorded in the quarter and those whose
     * latest outcome is 8.
     */
    public record HomeOfficeQuarter(
            String basis, String quarter, YearMonth firstMonth, Counts forceRecords, Counts homeOffice) {
        public Counts difference() {
            return forceRecords.minus(homeOffice);
        }
    }

    /**
     * The reconciliation is for the force's own follow-up and has no published version: it lists the crime
     * references to check, and a perturbed residual could not be checked against its tolerance.
     */
    public static final String INTERNAL_NOTE = "INTERNAL: true counts and crime references, for reconciling the"
            + " force's records with its published data inside the force only; not for publication. There is no"
            + " published version: the statement's purpose is to find the records to check, and a perturbed residual"
            + " could not be checked against its tolerance. Publish the pathways and re-offending figures, whose"
            + " counts are perturbed, instead.";

    /** The words that go with the Home Office section. */
    public static final String HOME_OFFICE_NOTE = "Home Office outcomes tables count by financial quarter on the basis"
            + " their column names (offences recorded in the quarter, or outcomes assigned in it); they are compared"
            + " with the force's records for the same quarter only, never with the street files.";

    public uk.crs.analytics.Answer<Result> reconcile(
            String force, YearMonth from, YearMonth to, Optional<YearMonth> vintageAsked) {
        try (Statement s = store.connection().createStatement()) {
            RecordsSchema.prepare(store);
            boolean synthetic;
            long records;
            try (ResultSet r =
                    s.executeQuery("SELECT count(*), coalesce(bool_or(e.synthetic), false) FROM force_record f"
                            + " JOIN force_extract e USING (file_sha) WHERE f.force_slug = "
                            + SqlScript.literal(force))) {
                r.next();
                records = r.getLong(1);
                synthetic = r.getBoolean(2);
            }
            if (records == 0) {
                return uk.crs.analytics.Answer.refused("no records of force '" + force + "' are loaded;"
                        + " load its extract with crs ingest --format force-records FILE");
            }
            YearMonth vintage;
            if (vintageAsked.isPresent()) {
                vintage = vintageAsked.get();
            } else {
                try (ResultSet r = s.executeQuery(
                        "SELECT max(month) FROM street_summary WHERE force_slug = " + SqlScript.literal(force))) {
                    r.next();
                    Date latest = r.getDate(1);
                    vintage = latest == null ? to : YearMonth.from(latest.toLocalDate());
                }
            }
            store.execute(SqlScript.load("records/reconcile.sql")
                    .replace("${force}", SqlScript.literal(force))
                    .replace("${from}", date(from.atDay(1)))
                    .replace("${to}", date(to.atDay(1)))
                    .replace("${vintageEnd}", date(vintage.atEndOfMonth()))
                    .replace(
                            "${oldestPublished}",
                            date(vintage.minusMonths(PUBLISHED_MONTHS - 1).atDay(1))));
            Map<String, Map<String, Counts>> reasons = new TreeMap<>();
            try (ResultSet r = s.executeQuery("SELECT month, crime_type, code, sum(crimes), sum(crs) FROM rec_part"
                    + " WHERE code <> 'UNEXPLAINED' GROUP BY ALL ORDER BY code")) {
                while (r.next()) {
                    reasons.computeIfAbsent(key(r.getDate(1).toLocalDate(), r.getString(2)), k -> new LinkedHashMap<>())
                            .put(r.getString(3), new Counts(r.getLong(4), r.getLong(5)));
                }
            }
            List<Cell> cells = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT month, crime_type, force_crimes, force_crs, published_crimes,"
                    + " published_crs FROM rec_cell ORDER BY month, crime_type")) {
                while (r.next()) {
                    LocalDate month = r.getDate(1).toLocalDate();
                    Counts f = new Counts(r.getLong(3), r.getLong(4));
                    Counts p = new Counts(r.getLong(5), r.getLong(6));
                    Counts difference = f.minus(p);
                    Map<String, Counts> explained =
                            new LinkedHashMap<>(reasons.getOrDefault(key(month, r.getString(2)), Map.of()));
                    Counts sum = explained.values().stream().reduce(new Counts(0, 0), Counts::plus);
                    Counts residual = difference.minus(sum);
                    if (!residual.equals(new Counts(0, 0))) {
                        explained.put(UNEXPLAINED, residual);
                    }
                    explained.values().removeIf(c -> c.equals(new Counts(0, 0)));
                    cells.add(new Cell(YearMonth.from(month), r.getString(2), f, p, difference, explained));
                }
            }
            List<String> toCheck = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT DISTINCT ref FROM rec_part WHERE code = 'UNEXPLAINED' AND ref"
                    + " IS NOT NULL ORDER BY 1")) {
                while (r.next()) {
                    toCheck.add(r.getString(1));
                }
            }
            return new uk.crs.analytics.Answer.Given<>(
                    statement(force, from, to, vintage, synthetic, cells, toCheck, homeOffice(s, force, from, to)));
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
    }

    private static Result statement(
            String force,
            YearMonth from,
            YearMonth to,
            YearMonth vintage,
            boolean synthetic,
            List<Cell> cells,
            List<String> toCheck,
            List<HomeOfficeQuarter> homeOffice) {
        Map<YearMonth, List<Cell>> byMonth = new TreeMap<>();
        cells.forEach(
                c -> byMonth.computeIfAbsent(c.month(), k -> new ArrayList<>()).add(c));
        List<Period> periods = new ArrayList<>();
        boolean fail = false;
        boolean attention = false;
        for (Map.Entry<YearMonth, List<Cell>> e : byMonth.entrySet()) {
            Counts f = sum(e.getValue(), Cell::forceRecords);
            Counts p = sum(e.getValue(), Cell::published);
            Map<String, Counts> waterfall = waterfall(e.getValue());
            Counts residual = waterfall.getOrDefault(UNEXPLAINED, new Counts(0, 0));
            Counts tolerance = new Counts(tolerance(f.crimes()), tolerance(f.communityResolutions()));
            boolean within = Math.abs(residual.crimes()) <= tolerance.crimes()
                    && Math.abs(residual.communityResolutions()) <= tolerance.communityResolutions();
            fail |= !within;
            attention |= !residual.equals(new Counts(0, 0))
                    || waterfall.keySet().stream()
                            .anyMatch(k ->
                                    k.startsWith("FORCE_NOT") || k.startsWith("OUTSIDE") || k.startsWith("NOT_YET"));
            periods.add(new Period(e.getKey(), f, p, f.minus(p), waterfall, tolerance, within));
        }
        Counts f = sum(cells, Cell::forceRecords);
        Counts p = sum(cells, Cell::published);
        String status = fail ? "FAIL" : attention ? "ATTENTION" : "PASS";
        return new Result(
                force,
                from,
                to,
                vintage,
                synthetic,
                cells,
                periods,
                f,
                p,
                f.minus(p),
                waterfall(cells),
                status,
                toCheck,
                homeOffice);
    }

    /** The Home Office quarters loaded for the force whose first month is in the period, each basis apart. */
    private static List<HomeOfficeQuarter> homeOffice(Statement s, String force, YearMonth from, YearMonth to)
            throws SQLException {
        List<HomeOfficeQuarter> quarters = new ArrayList<>();
        String f = SqlScript.literal(force);
        try (ResultSet r = s.executeQuery("WITH h AS (SELECT basis, fy_start, quarter, month, sum(n) AS crimes,"
                + " coalesce(sum(n) FILTER (WHERE outcome_type = '8'), 0) AS crs FROM home_office_outcome WHERE"
                + " force_slug = " + f + " AND month BETWEEN " + date(from.atDay(1)) + " AND " + date(to.atDay(1))
                + " GROUP BY ALL), r AS (SELECT crime_ref, month, coalesce(outcome_type = '8', false) AS cr FROM"
                + " (SELECT *, row_number() OVER (PARTITION BY crime_ref ORDER BY outcome_date DESC NULLS LAST, line)"
                + " AS k FROM force_record WHERE force_slug = " + f + ") WHERE k = 1)"
                + " SELECT h.basis, h.fy_start, h.quarter, h.month, h.crimes, h.crs, (SELECT count(*) FROM r WHERE"
                + " r.month >= h.month AND r.month < h.month + INTERVAL 3 MONTH), (SELECT count(*) FROM r WHERE"
                + " r.cr AND r.month >= h.month AND r.month < h.month + INTERVAL 3 MONTH) FROM h ORDER BY 1, 4")) {
            while (r.next()) {
                int fy = r.getInt(2);
                quarters.add(new HomeOfficeQuarter(
                        r.getString(1),
                        fy + "/" + String.format("%02d", (fy + 1) % 100) + " Q" + r.getInt(3),
                        YearMonth.from(r.getDate(4).toLocalDate()),
                        new Counts(r.getLong(7), r.getLong(8)),
                        new Counts(r.getLong(5), r.getLong(6))));
            }
        }
        return quarters;
    }

    static long tolerance(long count) {
        return Math.max(TOLERANCE_MINIMUM, (long) Math.floor(TOLERANCE_SHARE * count));
    }

    private static Counts sum(List<Cell> cells, java.util.function.Function<Cell, Counts> part) {
        return cells.stream().map(part).reduce(new Counts(0, 0), Counts::plus);
    }

    private static Map<String, Counts> waterfall(List<Cell> cells) {
        Map<String, Counts> waterfall = new TreeMap<>();
        for (Cell c : cells) {
            c.reasons().forEach((code, counts) -> waterfall.merge(code, counts, Counts::plus));
        }
        Counts residual = waterfall.remove(UNEXPLAINED);
        Map<String, Counts> ordered = new LinkedHashMap<>(waterfall);
        if (residual != null) {
            ordered.put(UNEXPLAINED, residual);
        }
        return ordered;
    }

    private static String key(LocalDate month, String crimeType) {
        return month + "|" + crimeType;
    }

    private static String date(LocalDate date) {
        return "DATE " + SqlScript.literal(date.toString());
    }
}
