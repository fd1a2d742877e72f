package uk.crs.analytics.pathways;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.ReferenceCsv;
import uk.crs.analytics.pathways.PathwaysReport.Finding;
import uk.crs.analytics.pathways.PathwaysReport.RuleResult;
import uk.crs.analytics.pathways.PathwaysReport.Section;
import uk.crs.analytics.pathways.PathwaysReport.Volume;
import uk.crs.analytics.records.RecordsSchema;
import uk.crs.analytics.reoffending.Pathway;
import uk.crs.disclosure.CellKeyPerturbation;

/**
 * Builds {@link PathwaysReport}: the force's records extract and the Home Office outcomes tables from the analytics
 * store, crs's own closed cases as given. Offence groups are the Home Office's, found from each record's offence code
 * in the offence catalogue (resources/policy/offence-catalogue.csv).
 */
public final class Pathways {

    static final String UNKNOWN_GROUP = "Offence code not in the catalogue";

    static final String FORCE_BASIS =
            "outcomes dated in the month, one per crime and suspect (the force's records extract)";

    static final String CASES_BASIS = "community resolutions closed in the month, one per case (crs's own cases)";

    private static final String TYPES = "('1', '1A', '2', '3', '6', '7', '8', '21', '22', '23')";

    private final AnalyticsStore store;

    public Pathways(AnalyticsStore store) {
        this.store = store;
    }

    /**
     * The report for {@code force} from {@code from} to {@code to}; {@code cases} are crs's closed cases of that force
     * and period, or empty with the reason they could not be read.
     */
    public PathwaysReport report(
            String force, YearMonth from, YearMonth to, Optional<List<ClosedCase>> cases, String casesNote) {
        return report(force, from, to, cases, casesNote, Optional.empty());
    }

    /**
     * The published version under {@code publish}, or the internal one (true counts and the references of the records
     * the rules find) when it is empty. Published: the finest cells are month x offence group x outcome type of each
     * source from non-public data (a force record's key is that of its crime reference and person, a crs case's that of
     * its id) and month x rule for the conformance check; every total and share is built from those published cells;
     * the Home Office tables are published statistics and are shown as they are; no reference is listed.
     */
    public PathwaysReport report(
            String force,
            YearMonth from,
            YearMonth to,
            Optional<List<ClosedCase>> cases,
            String casesNote,
            Optional<CellKeyPerturbation> publish) {
        try {
            RecordsSchema.prepare(store);
            Map<String, String> groups = offenceGroups();
            loadGroups(groups);
            List<Section> sections = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            Connection c = store.connection();
            boolean synthetic;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT coalesce(bool_or(synthetic), false) FROM force_extract WHERE force_slug = ?")) {
                q.setString(1, force);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    synthetic = r.getBoolean(1);
                }
            }
            String where = " WHERE f.force_slug = ? AND f.outcome_date BETWEEN ? AND ?";
            List<Volume> records = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT strftime(f.outcome_date, '%Y-%m'), coalesce("
                    + "g.offence_group, '" + UNKNOWN_GROUP + "'), CASE f.outcome_type WHEN '1A' THEN 1 ELSE"
                    + " CAST(f.outcome_type AS INTEGER) END AS outcome, count(*), list(f.crime_ref || '|' ||"
                    + " coalesce(f.person_key, f.file_sha || ':' || f.line)) FROM force_record f LEFT JOIN"
                    + " ref_offence_group g ON g.code = f.ho_offence_code" + where + " AND f.outcome_type IN "
                    + TYPES + " GROUP BY ALL ORDER BY 1, 2, 3")) {
                bind(q, force, from, to);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long n = r.getLong(4);
                        if (publish.isPresent()) {
                            n = publish.get().publish(ids(r.getArray(5)));
                        }
                        records.add(new Volume(r.getString(1), r.getString(2), r.getInt(3), n));
                    }
                }
            }
            sections.add(new Section(PathwaysReport.FORCE_RECORDS, FORCE_BASIS, records));
            if (cases.isPresent()) {
                sections.add(
                        new Section(PathwaysReport.CRS_CASES, CASES_BASIS, caseVolumes(cases.get(), groups, publish)));
            }
            sections.addAll(homeOffice(force, from, to));
            List<RuleResult> rules = new ArrayList<>();
            for (ConformanceRule rule : ConformanceRule.all()) {
                long before = findings.size();
                if (rule instanceof ConformanceRule.RecordRule recordRule) {
                    try (PreparedStatement q = c.prepareStatement("SELECT f.crime_ref, strftime(f.outcome_date,"
                            + " '%Y-%m'), CASE f.outcome_type WHEN '1A' THEN 1 ELSE CAST(f.outcome_type AS INTEGER)"
                            + " END, coalesce(g.offence_group, '" + UNKNOWN_GROUP + "') FROM force_record f LEFT JOIN"
                            + " ref_offence_group g ON g.code = f.ho_offence_code" + where + " AND ("
                            + recordRule.condition() + ") ORDER BY f.crime_ref")) {
                        bind(q, force, from, to);
                        try (ResultSet r = q.executeQuery()) {
                            while (r.next()) {
                                findings.add(new Finding(
                                        rule.id(),
                                        PathwaysReport.FORCE_RECORDS,
                                        r.getString(1),
                                        r.getString(2),
                                        r.getInt(3),
                                        r.getString(4)));
                            }
                        }
                    }
                    rules.add(new RuleResult(
                            rule,
                            PathwaysReport.FORCE_RECORDS,
                            found(findings.subList((int) before, findings.size()), publish)));
                } else if (rule instanceof ConformanceRule.CaseRule caseRule) {
                    for (ClosedCase k : cases.orElse(List.of())) {
                        if (caseRule.breaks(k)) {
                            findings.add(new Finding(
                                    rule.id(),
                                    PathwaysReport.CRS_CASES,
                                    k.reference(),
                                    k.closed().toString(),
                                    k.outcomeType(),
                                    groups.getOrDefault(k.offenceCode(), UNKNOWN_GROUP)));
                        }
                    }
                    rules.add(new RuleResult(
                            rule,
                            cases.isPresent() ? PathwaysReport.CRS_CASES : "NOT_CHECKED",
                            found(findings.subList((int) before, findings.size()), publish)));
                } else if (rule instanceof ConformanceRule.NotCheckable) {
                    rules.add(new RuleResult(rule, "NOT_CHECKED", 0));
                } else {
                    throw new AssertionError(rule);
                }
            }
            return new PathwaysReport(
                    force,
                    from,
                    to,
                    synthetic,
                    sections,
                    rules,
                    publish.isPresent() ? List.of() : findings,
                    casesNote,
                    publish.isPresent() ? CellKeyPerturbation.METHOD : PathwaysReport.INTERNAL_NOTE);
        } catch (SQLException e) {
            throw new IllegalStateException("the analytics store failed: " + e.getMessage(), e);
        }
    }

    private static List<Volume> caseVolumes(
            List<ClosedCase> cases, Map<String, String> groups, Optional<CellKeyPerturbation> publish) {
        Map<String, List<String>> ids = new TreeMap<>();
        for (ClosedCase k : cases) {
            if (Pathway.SIDE_BY_SIDE.contains(k.outcomeType())) {
                String group = groups.getOrDefault(k.offenceCode(), UNKNOWN_GROUP);
                ids.computeIfAbsent(
                                k.closed() + "\u0000" + group + "\u0000" + String.format("%02d", k.outcomeType()),
                                x -> new ArrayList<>())
                        .add(k.reference());
            }
        }
        List<Volume> volumes = new ArrayList<>();
        ids.forEach((key, refs) -> {
            String[] parts = key.split("\u0000", -1);
            long n = publish.map(p -> p.publish(refs)).orElse((long) refs.size());
            volumes.add(new Volume(parts[0], parts[1], Integer.parseInt(parts[2]), n));
        });
        return volumes;
    }

    /** A rule's count: its findings, or under {@code publish} the sum of its published month cells. */
    private static long found(List<Finding> found, Optional<CellKeyPerturbation> publish) {
        if (publish.isEmpty()) {
            return found.size();
        }
        Map<String, java.util.Set<String>> byMonth = new TreeMap<>();
        found.forEach(f -> byMonth.computeIfAbsent(f.period(), k -> new java.util.TreeSet<>())
                .add(f.reference()));
        return byMonth.values().stream().mapToLong(publish.get()::publish).sum();
    }

    private static List<String> ids(java.sql.Array array) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(String.valueOf(o));
        }
        return ids;
    }

    /** One section per count basis of the Home Office tables loaded for the force. */
    private List<Section> homeOffice(String force, YearMonth from, YearMonth to) throws SQLException {
        Map<String, List<Volume>> byBasis = new LinkedHashMap<>();
        try (PreparedStatement q = store.connection()
                .prepareStatement("SELECT basis, fy_start, quarter, coalesce(h.offence_group, g.offence_group,"
                        + " h.offence_description, h.offence_code), CASE h.outcome_type WHEN '1A' THEN 1 ELSE"
                        + " CAST(h.outcome_type AS INTEGER) END, sum(n) FROM home_office_outcome h LEFT JOIN"
                        + " ref_offence_group g ON g.code = h.offence_code WHERE h.force_slug = ? AND h.month BETWEEN"
                        + " ? AND ? AND h.outcome_type IN " + TYPES + " GROUP BY ALL ORDER BY 1, 2, 3, 4, 5")) {
            bind(q, force, from, to);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    int fy = r.getInt(2);
                    String period = fy + "/" + String.format("%02d", (fy + 1) % 100) + " Q" + r.getInt(3);
                    byBasis.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Volume(period, r.getString(4), r.getInt(5), r.getLong(6)));
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        byBasis.forEach((basis, volumes) -> sections.add(new Section(
                PathwaysReport.HOME_OFFICE, "Home Office outcomes table, by financial quarter: " + basis, volumes)));
        return sections;
    }

    private static void bind(PreparedStatement q, String force, YearMonth from, YearMonth to) throws SQLException {
        q.setString(1, force);
        q.setDate(2, java.sql.Date.valueOf(from.atDay(1)));
        q.setDate(3, java.sql.Date.valueOf(to.atEndOfMonth()));
    }

    /** Home Office offence code to offence group, from the offence catalogue. */
    static Map<String, String> offenceGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        ReferenceCsv.rows("/policy/offence-catalogue.csv", r -> Map.entry(r.get("code"), r.get("offence_group")))
                .forEach(e -> groups.put(e.getKey(), e.getValue()));
        return groups;
    }

    private void loadGroups(Map<String, String> groups) throws SQLException {
        store.execute("CREATE OR REPLACE TEMP TABLE ref_offence_group (code VARCHAR, offence_group VARCHAR)");
        try (PreparedStatement insert =
                store.connection().prepareStatement("INSERT INTO ref_offence_group VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : groups.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
