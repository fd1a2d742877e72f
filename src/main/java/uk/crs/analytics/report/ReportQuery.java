package uk.crs.analytics.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.SqlScript;

/** Reads a report's facts from the analytics store: one aggregate query per source, run by DuckDB. */
final class ReportQuery {

    /** Facts at force x year x crime type grain, the period they span and the basis or dataset used. */
    record Facts(
            List<FactRow> rows,
            Optional<YearMonth> first,
            Optional<YearMonth> last,
            String basis,
            List<OffenceLine> offences) {

        /** The facts of one crime type: the whole report, national line and funnel included, is then about it. */
        Facts ofCrimeType(String crimeType) {
            return new Facts(
                    rows.stream().filter(r -> crimeType.equals(r.crimeType())).toList(), first, last, basis, offences);
        }
    }

    private final Connection connection;

    ReportQuery(Connection connection) {
        this.connection = connection;
    }

    Facts facts(ReportRequest request) throws SQLException {
        YearMonth from = request.from().orElse(YearMonth.of(1900, 1));
        YearMonth to = request.to().orElse(YearMonth.of(2999, 12));
        // The whole nation is always read: a single force is compared with it (national line, funnel).
        @Nullable String force = null;
        if (request.source() == Source.POLICE_UK) {
            return read(
                    SqlScript.load("report-police-uk.sql"),
                    "last outcome category",
                    List.of(date(from), date(to), nullable(force), nullable(force)),
                    List.of());
        }
        if (request.source() == Source.HOME_OFFICE) {
            String basis = choose(
                    "SELECT DISTINCT basis FROM home_office_outcome ORDER BY basis",
                    request.basis(),
                    "--basis",
                    "recorded");
            List<Object> parameters = List.of(basis, date(from), date(to), nullable(force), nullable(force));
            return read(SqlScript.load("report-home-office.sql"), basis, parameters, offences(parameters));
        }
        String dataset =
                choose("SELECT DISTINCT dataset FROM count_row ORDER BY dataset", request.dataset(), "--dataset", null);
        return read(
                SqlScript.load("report-counts.sql"),
                "dataset " + dataset,
                List.of(dataset, from.getYear(), to.getYear(), nullable(force), nullable(force)),
                List.of());
    }

    /** Months loaded per force (data.police.uk street files only; other sources have no monthly file coverage). */
    List<ForceCoverage> coverage(ReportRequest request) throws SQLException {
        if (request.source() != Source.POLICE_UK) {
            return List.of();
        }
        java.util.Map<String, List<YearMonth>> months = new java.util.TreeMap<>();
        java.util.Map<String, Long> outcomes = new java.util.HashMap<>();
        try (PreparedStatement s = prepare(
                        SqlScript.load("report-coverage.sql"),
                        List.of(
                                date(request.from().orElse(YearMonth.of(1900, 1))),
                                date(request.to().orElse(YearMonth.of(2999, 12)))));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                months.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(YearMonth.parse(r.getString(2)));
                outcomes.merge(r.getString(1), r.getLong(3), Long::sum);
            }
        }
        List<ForceCoverage> coverage = new ArrayList<>();
        for (uk.crs.forces.Force f : uk.crs.forces.Forces.standard().all()) {
            List<YearMonth> loaded = months.getOrDefault(f.slug(), List.of());
            if (f.slug().equals("northern-ireland") && loaded.isEmpty()) {
                continue; // outside England and Wales; listed only when loaded
            }
            ForceCoverage.State state = loaded.isEmpty()
                    ? ForceCoverage.State.NO_FILE_LOADED
                    : outcomes.getOrDefault(f.slug(), 0L) == 0
                            ? ForceCoverage.State.PUBLISHES_NO_OUTCOMES
                            : ForceCoverage.State.OUTCOMES_LOADED;
            coverage.add(new ForceCoverage(f.slug(), state, loaded));
        }
        coverage.sort(java.util.Comparator.comparing(c -> ForceNames.of(c.slug())));
        return coverage;
    }

    private static Object nullable(@Nullable String value) {
        return value == null ? NULL : value;
    }

    private static final Object NULL = new Object();

    private static Date date(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }

    /** The requested basis or dataset, or the only one present, or the one containing {@code preferred}. */
    private String choose(String sql, Optional<String> requested, String option, @Nullable String preferred)
            throws SQLException {
        List<String> present = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                present.add(r.getString(1));
            }
        }
        if (requested.isPresent()) {
            if (!present.contains(requested.get())) {
                throw new IllegalArgumentException(
                        option + " '" + requested.get() + "' is not loaded; loaded: " + present);
            }
            return requested.get();
        }
        if (present.size() == 1) {
            return present.get(0);
        }
        if (present.isEmpty()) {
            throw new IllegalArgumentException("no data of this source is loaded; run crs ingest first");
        }
        if (preferred != null) {
            for (String p : present) {
                if (p.toLowerCase(java.util.Locale.ROOT).contains(preferred)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("several are loaded; choose one with " + option + ": " + present);
    }

    private Facts read(String sql, String basis, List<Object> parameters, List<OffenceLine> offences)
            throws SQLException {
        List<FactRow> rows = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        try (PreparedStatement s = prepare(sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Integer year = r.getObject(2) == null ? null : r.getInt(2);
                rows.add(new FactRow(
                        r.getString(1), year, r.getString(3), new Counts(r.getLong(4), r.getLong(5), r.getLong(6))));
                LocalDate f = r.getObject(7) == null ? null : r.getDate(7).toLocalDate();
                LocalDate l = r.getObject(8) == null ? null : r.getDate(8).toLocalDate();
                first = f == null || (first != null && first.isBefore(f)) ? first : f;
                last = l == null || (last != null && last.isAfter(l)) ? last : l;
            }
        }
        return new Facts(
                rows,
                Optional.ofNullable(first).map(YearMonth::from),
                Optional.ofNullable(last).map(YearMonth::from),
                basis,
                offences);
    }

    private List<OffenceLine> offences(List<Object> parameters) throws SQLException {
        List<OffenceLine> lines = new ArrayList<>();
        ReservedOffences reserved = ReservedOffences.standard();
        try (PreparedStatement s = prepare(SqlScript.load("report-offences.sql"), parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String code = r.getString(1);
                lines.add(new OffenceLine(
                        code,
                        r.getString(2),
                        new Counts(r.getLong(3), r.getLong(4), r.getLong(5)),
                        reserved.classes(code)));
            }
        }
        return lines;
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement s =
                connection.prepareStatement(SqlScript.statements(sql).get(0));
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p == NULL) {
                s.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }
}
