package uk.crs.analytics.ingest.counts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.crs.analytics.OutcomeCategory;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.CountsLayout;
import uk.crs.analytics.ingest.CountsLayout.Role;
import uk.crs.analytics.ingest.FileContext;
import uk.crs.analytics.ingest.FileKind;
import uk.crs.analytics.ingest.FileRejected;
import uk.crs.analytics.ingest.Header;
import uk.crs.analytics.ingest.Loader;

/**
 * Loads an aggregated table of counts (FOI replies, other analysts' tables) whose columns the user names. Outcome
 * labels are data.police.uk's; a blank label or "(blank)" means no published outcome (anti-social behaviour).
 */
public final class CountsLoader implements Loader {

    private static final Map<Role, String> STAGING_NAMES = Map.of(
            Role.YEAR,
            "year",
            Role.COUNT,
            "cnt",
            Role.FORCE,
            "force_name",
            Role.CRIMETYPE,
            "crime_type",
            Role.OUTCOME,
            "outcome");

    private final CountsLayout layout;
    private final Header header;
    private final Map<Integer, String> wideOutcomes = new java.util.LinkedHashMap<>();
    private final Map<Integer, Role> roles = new java.util.HashMap<>();

    public CountsLoader(CountsLayout layout, String name, Header header) throws FileRejected {
        this.layout = layout;
        this.header = header;
        Map<Role, Integer> positions = new EnumMap<>(Role.class);
        List<String> missing = new ArrayList<>();
        layout.columns().forEach((role, column) -> {
            if (!column.equals(CountsLayout.EVERY_OTHER_COLUMN)) {
                int i = header.indexOf(column);
                if (i < 0) {
                    missing.add(role.name().toLowerCase(java.util.Locale.ROOT) + "=" + column);
                } else {
                    positions.put(role, i);
                }
            }
        });
        if (!missing.isEmpty()) {
            throw new FileRejected(name + ": --columns names columns that are not in the header: " + missing
                    + "; the header is [" + header + "]");
        }
        positions.forEach((role, i) -> roles.put(i, role));
        if (layout.wide()) {
            Set<String> known =
                    OutcomeCategory.all().stream().map(OutcomeCategory::label).collect(Collectors.toSet());
            for (int i = 0; i < header.names().size(); i++) {
                if (!roles.containsKey(i)) {
                    String label = header.names().get(i);
                    if (!known.contains(label) && !OutcomeLabel.isBlank(label)) {
                        throw new FileRejected(
                                name + ": outcome=* but column '" + label + "' is not a data.police.uk outcome label");
                    }
                    wideOutcomes.put(i, label);
                }
            }
        }
    }

    @Override
    public FileKind kind() {
        return FileKind.COUNTS;
    }

    @Override
    public List<String> stagingColumns(Header ignored) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            Role role = roles.get(i);
            columns.add(role != null ? STAGING_NAMES.get(role) : wideOutcomes.containsKey(i) ? "w_" + i : "x_" + i);
        }
        return columns;
    }

    private List<String> countExpressions() {
        if (!layout.wide()) {
            return List.of("cnt");
        }
        return wideOutcomes.keySet().stream().map(i -> "w_" + i).toList();
    }

    @Override
    public String checkSql(FileContext context) {
        StringBuilder checks = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String cnt : countExpressions()) {
            String parsed = "TRY_CAST(replace(" + cell(cnt) + ", ',', '') AS BIGINT)";
            checks.append(" WHEN ").append(parsed).append(" IS NULL THEN 'BAD_COUNT'");
            checks.append(" WHEN ").append(parsed).append(" < 0 THEN 'NEGATIVE_COUNT'");
            values.append(" WHEN ")
                    .append(parsed)
                    .append(" IS NULL OR ")
                    .append(parsed)
                    .append(" < 0 THEN ");
            values.append(cnt);
        }
        return SqlScript.load("counts-check.sql")
                .replace("${year}", has(Role.YEAR) ? "year" : "NULL")
                .replace("${hasYear}", has(Role.YEAR) ? "true" : "false")
                .replace("${force}", has(Role.FORCE) ? "force_name" : "NULL")
                .replace("${hasForce}", has(Role.FORCE) ? "true" : "false")
                .replace("${crimeType}", has(Role.CRIMETYPE) ? "crime_type" : "NULL")
                .replace("${outcome}", has(Role.OUTCOME) && !layout.wide() ? "outcome" : "NULL")
                .replace("${countChecks}", checks.toString())
                .replace("${countValues}", values.toString());
    }

    /** A count cell as text; in a pivot table an empty cell means no crimes of that outcome, so it counts 0. */
    private String cell(String column) {
        return layout.wide() ? "coalesce(nullif(trim(" + column + "), ''), '0')" : "trim(" + column + ")";
    }

    private boolean has(Role role) {
        return roles.containsValue(role);
    }

    private static final String KEYS = "SELECT DISTINCT year_value, force_slug FROM checked WHERE reason IS NULL";

    @Override
    public String supersededSql() {
        return "SELECT DISTINCT t.file_sha FROM count_row t JOIN (" + KEYS + ") c ON t.dataset = ${dataset}"
                + " AND t.year IS NOT DISTINCT FROM c.year_value AND t.force_slug IS NOT DISTINCT FROM c.force_slug";
    }

    @Override
    public String loadSql(FileContext context) {
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE coverage AS " + KEYS + ";\n");
        sql.append("DELETE FROM count_row USING coverage c WHERE count_row.dataset = ${dataset} AND count_row.year"
                + " IS NOT DISTINCT FROM c.year_value AND count_row.force_slug IS NOT DISTINCT FROM c.force_slug;\n");
        if (layout.wide()) {
            wideOutcomes.forEach((i, label) -> sql.append(
                            "INSERT INTO count_row SELECT ${sha}, ${dataset}, year_value, force_slug, crime_type_value, ")
                    .append(OutcomeLabel.isBlank(label) ? "NULL" : SqlScript.literal(label))
                    .append(", CAST(replace(")
                    .append(cell("w_" + i))
                    .append(", ',', '') AS BIGINT) FROM checked WHERE reason IS NULL;\n"));
        } else {
            sql.append(
                    "INSERT INTO count_row SELECT ${sha}, ${dataset}, year_value, force_slug, crime_type_value,"
                            + " outcome_value, CAST(replace(trim(cnt), ',', '') AS BIGINT) FROM checked WHERE reason IS NULL;\n");
        }
        return sql.toString();
    }

    @Override
    public String coverageSql() {
        return "SELECT 'years ' || coalesce(min(year_value)::VARCHAR, 'all') || '-' || coalesce(max(year_value)::VARCHAR,"
                + " 'all') || ', ' || count(DISTINCT force_slug) || ' forces' FROM checked WHERE reason IS NULL";
    }
}
