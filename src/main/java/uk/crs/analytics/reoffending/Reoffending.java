package uk.crs.analytics.reoffending;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.Answer;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.records.RecordsSchema;
import uk.crs.disclosure.Cell;
import uk.crs.disclosure.CellKeyPerturbation;

/**
 * Builds a force's re-offending cohort ({@code reoffending/cohort.sql}) once it has matured, and measures it per
 * pathway.
 */
public final class Reoffending {

    /** What the internal version (true counts) says of itself. */
    public static final String INTERNAL_NOTE = "INTERNAL: true counts from the force's own records, for analysis"
            + " inside the force only; not for publication (publish the version without --internal, whose counts are"
            + " perturbed).";

    /**
     * What the published version adds to {@code CellKeyPerturbation.METHOD}: how its cells are chosen, since a cohort
     * is not a sum of months.
     */
    public static final String COHORT_CELLS = "Here the finest cells are each month's cohort (everyone whose first"
            + " disposal in that month is of the pathway): its people, proven and sanctioned re-offenders and proven"
            + " re-offences, each a cell of the people or re-offences it counts (a person's record key is that of their"
            + " pseudonym). A period's figures are the sums of its months' published cells, so that every period is a"
            + " sum over one perturbed table; a person with disposals in two months of the period is counted in each"
            + " month (the internal version counts each person once, at their first disposal in the period). A cohort"
            + " over a period is not the sum of its months: perturbing each period's cohort apart would give"
            + " overlapping periods separately perturbed views of the same people.";

    private final AnalyticsStore store;

    public Reoffending(AnalyticsStore store) {
        this.store = store;
    }

    /** The cohort built for a request (in the session's {@code cohort_person}): force, as-at date, synthetic or not. */
    record Cohort(String force, LocalDate asAt, boolean synthetic) {}

    /** The internal version: true counts. */
    public Answer<ReoffendingReport> measure(ReoffendingRequest request) {
        return measure(request, Optional.empty());
    }

    /**
     * The published version under {@code publish} (every count perturbed: each pathway's people, re-offenders and
     * re-offences a cell of the cohort members or re-offences it counts; rates and intervals from the published
     * counts), or the internal version (true counts) when it is empty.
     */
    public Answer<ReoffendingReport> measure(ReoffendingRequest request, Optional<CellKeyPerturbation> publish) {
        Answer<Cohort> cohort = cohort(request);
        if (cohort instanceof Answer.Refused<Cohort> r) {
            return Answer.refused(r.reason());
        }
        Cohort c = ((Answer.Given<Cohort>) cohort).value();
        if (publish.isPresent()) {
            // one cohort per month, each published once; the period is their sum
            Map<Integer, long[]> sums = new TreeMap<>();
            for (java.time.YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
                Answer<Cohort> month =
                        cohort(new ReoffendingRequest(Optional.of(c.force()), m, m, Optional.of(c.asAt())));
                if (month instanceof Answer.Refused<Cohort> r) {
                    return Answer.refused(r.reason());
                }
                for (PathwayRates p : published(people(), publish.get())) {
                    long[] sum = sums.computeIfAbsent(p.outcomeType(), k -> new long[4]);
                    sum[0] += p.people();
                    sum[1] += p.provenReoffenders();
                    sum[2] += p.sanctionedReoffenders();
                    sum[3] += p.provenReoffences();
                }
            }
            List<PathwayRates> rates = new ArrayList<>();
            sums.forEach((pathway, n) -> {
                if (n[0] > 0) {
                    rates.add(new PathwayRates(pathway, n[0], n[1], n[2], n[3]));
                }
            });
            return new Answer.Given<>(new ReoffendingReport(
                    c.force(),
                    request.from(),
                    request.to(),
                    c.asAt(),
                    c.synthetic(),
                    rates,
                    CellKeyPerturbation.METHOD + " " + COHORT_CELLS));
        }
        List<PathwayRates> rates = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery(SqlScript.load("reoffending/pathways.sql"))) {
            while (r.next()) {
                rates.add(new PathwayRates(r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
        return new Answer.Given<>(new ReoffendingReport(
                c.force(), request.from(), request.to(), c.asAt(), c.synthetic(), rates, INTERNAL_NOTE));
    }

    /** One cohort's counts per pathway, each published as the cell of the people (or re-offences) it counts. */
    static List<PathwayRates> published(List<CohortPerson> people, CellKeyPerturbation p) {
        Map<Integer, Cell[]> cells = new TreeMap<>();
        for (CohortPerson person : people) {
            Cell[] c = cells.computeIfAbsent(
                    person.pathway(), k -> new Cell[] {Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY});
            int key = p.recordKey(person.key());
            c[0] = c[0].plusRecord(key);
            if (person.provenReoffender()) {
                c[1] = c[1].plusRecord(key);
            }
            if (person.sanctionedReoffender()) {
                c[2] = c[2].plusRecord(key);
            }
            for (int i = 1; i <= person.provenReoffences(); i++) {
                c[3] = c[3].plusRecord(p.recordKey(person.key() + "#reoffence-" + i));
            }
        }
        List<PathwayRates> rates = new ArrayList<>();
        cells.forEach((pathway, c) -> {
            long n = p.publish(c[0]);
            // a perturbed part above its perturbed whole is taken as the whole, as compliance does
            rates.add(new PathwayRates(
                    pathway, n, Math.min(n, p.publish(c[1])), Math.min(n, p.publish(c[2])), p.publish(c[3])));
        });
        return rates;
    }

    /**
     * Builds the cohort into {@code cohort_person}, or refuses: no records, force ambiguous, or not yet mature. Its
     * rates are aggregated by DuckDB ({@code pathways.sql}); only a comparison reads its {@link #people()}.
     */
    Answer<Cohort> cohort(ReoffendingRequest request) {
        try {
            RecordsSchema.prepare(store);
            Connection c = store.connection();
            List<String> forces = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT DISTINCT force_slug FROM force_record ORDER BY 1")) {
                while (r.next()) {
                    forces.add(r.getString(1));
                }
            }
            if (forces.isEmpty()) {
                return Answer.refused("no force records are loaded; load an extract with crs ingest --format"
                        + " force-records FILE (docs/force-records.md)");
            }
            String force;
            if (request.force().isPresent()) {
                force = request.force().get();
                if (!forces.contains(force)) {
                    return Answer.refused("no records of force '" + force + "' are loaded; loaded: " + forces);
                }
            } else if (forces.size() == 1) {
                force = forces.get(0);
            } else {
                return Answer.refused("records of several forces are loaded " + forces + "; choose one with --force");
            }
            LocalDate extractAsAt;
            boolean synthetic;
            try (PreparedStatement q = c.prepareStatement("SELECT min(e.as_at), bool_or(e.synthetic) FROM"
                    + " force_extract e WHERE e.file_sha IN (SELECT DISTINCT file_sha FROM force_record WHERE"
                    + " force_slug = ?)")) {
                q.setString(1, force);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    extractAsAt = r.getDate(1).toLocalDate();
                    synthetic = r.getBoolean(2);
                }
            }
            LocalDate asAt = request.asAt().orElse(extractAsAt);
            if (asAt.isBefore(request.maturesOn())) {
                return Answer.refused("the cohort " + request.from() + " to " + request.to() + " has not matured: it"
                        + " matures on " + request.maturesOn() + " (12 months' follow-up and 6 months for outcomes"
                        + " to be recorded after the last index date), and "
                        + (request.asAt().isPresent() ? "--as-at is " : "the records run to ") + asAt);
            }
            String sql = SqlScript.load("reoffending/cohort.sql")
                    .replace("${force}", SqlScript.literal(force))
                    .replace("${asAt}", date(asAt))
                    .replace("${from}", date(request.from().atDay(1)))
                    .replace("${to}", date(request.to().atEndOfMonth()));
            store.execute(sql);
            return new Answer.Given<>(new Cohort(force, asAt, synthetic));
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
    }

    /** The people of the cohort last built by {@link #cohort}, in pseudonym order. */
    List<CohortPerson> people() {
        List<CohortPerson> people = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT person_key, pathway, age_band, sex, offence_group, previous,"
                        + " proven_reoffences, sanctioned_reoffences FROM cohort_person ORDER BY person_key")) {
            while (r.next()) {
                people.add(new CohortPerson(
                        r.getString(1),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        r.getInt(7),
                        r.getInt(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
        return people;
    }

    private static String date(LocalDate date) {
        return "DATE " + SqlScript.literal(date.toString());
    }
}
