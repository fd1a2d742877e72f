package uk.crs.analytics.ingest.homeoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.crs.analytics.SqlScript;
import uk.crs.analytics.ingest.FileContext;
import uk.crs.analytics.ingest.FileKind;
import uk.crs.analytics.ingest.Header;
import uk.crs.analytics.ingest.Loader;

/**
 * Loads a Home Office crime outcomes open-data table in the long layout of the Home Office user guide: one row per
 * financial year, quarter, force, offence code and outcome type, with one or more count columns. Each count column is
 * a count basis (outcomes for offences recorded in the period, or outcomes assigned in it) and is stored separately,
 * so that the report never mixes the two.
 */
public final class HomeOfficeLoader implements Loader {

    private static final Map<String, String> REQUIRED = Map.of(
            "financial year", "fy",
            "financial quarter", "quarter",
            "force name", "force_name",
            "offence code", "offence_code",
            "outcome type", "outcome_type");
    private static final Map<String, String> OPTIONAL =
            Map.of("offence description", "offence_description", "offence group", "offence_group");

    private final Header header;
    private final List<Integer> countColumns;

    public HomeOfficeLoader(Header header) {
        this.header = header;
        this.countColumns = countColumns(header);
    }

    /** True for a header with the user guide's key columns and at least one count column. */
    public static boolean recognises(Header header) {
        return REQUIRED.keySet().stream().allMatch(header::has)
                && !countColumns(header).isEmpty();
    }

    private static List<Integer> countColumns(Header header) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            String name = header.names().get(i).toLowerCase(Locale.ROOT);
            if (name.contains("outcomes") && (name.contains("recorded") || name.contains("assigned"))) {
                counts.add(i);
            }
        }
        return counts;
    }

    @Override
    public FileKind kind() {
        return FileKind.HOME_OFFICE;
    }

    @Override
    public List<String> stagingColumns(Header ignored) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            String name = header.names().get(i).toLowerCase(Locale.ROOT);
            columns.add(REQUIRED.getOrDefault(
                    name, OPTIONAL.getOrDefault(name, countColumns.contains(i) ? "cnt_" + i : "x_" + i)));
        }
        return columns;
    }

    @Override
    public String checkSql(FileContext context) {
        StringBuilder countChecks = new StringBuilder();
        StringBuilder countValues = new StringBuilder();
        for (int i : countColumns) {
            String cnt = "cnt_" + i;
            String parsed = "TRY_CAST(replace(trim(" + cnt + "), ',', '') AS BIGINT)";
            countChecks.append(" WHEN ").append(parsed).append(" IS NULL THEN 'BAD_COUNT'");
            countChecks.append(" WHEN ").append(parsed).append(" < 0 THEN 'NEGATIVE_COUNT'");
            countValues.append(" WHEN ").append(parsed).append(" IS NULL OR ").append(parsed);
            countValues.append(" < 0 THEN ").append(cnt);
        }
        String optionalColumns = (header.has("offence description") ? "offence_description" : "NULL")
                + " AS o_description, " + (header.has("offence group") ? "offence_group" : "NULL") + " AS o_group";
        return SqlScript.load("home-office-check.sql")
                .replace("${optional}", optionalColumns)
                .replace("${countChecks}", countChecks.toString())
                .replace("${countValues}", countValues.toString());
    }

    @Override
    public String supersededSql() {
        return "SELECT DISTINCT t.file_sha FROM home_office_outcome t JOIN (" + coverageKeys() + ") c"
                + " ON t.force_slug = c.force_slug AND t.fy_start = c.fy_start AND t.quarter = c.quarter"
                + " AND t.basis = c.basis";
    }

    private String coverageKeys() {
        List<String> parts = new ArrayList<>();
        for (int i : countColumns) {
            parts.add("SELECT DISTINCT force_slug, fy_start, quarter_number AS quarter, "
                    + SqlScript.literal(header.names().get(i)) + " AS basis FROM checked WHERE reason IS NULL");
        }
        return String.join(" UNION ", parts);
    }

    @Override
    public String loadSql(FileContext context) {
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE TEMP TABLE coverage AS " + coverageKeys() + ";\n");
        sql.append("DELETE FROM home_office_outcome USING coverage c WHERE home_office_outcome.force_slug ="
                + " c.force_slug AND home_office_outcome.fy_start = c.fy_start AND home_office_outcome.quarter ="
                + " c.quarter AND home_office_outcome.basis = c.basis;\n");
        for (int i : countColumns) {
            sql.append("INSERT INTO home_office_outcome SELECT ${sha}, fy_start, quarter_number, month, force_slug,"
                            + " code, o_description, o_group, type, ")
                    .append(SqlScript.literal(header.names().get(i)))
                    .append(", CAST(replace(trim(cnt_")
                    .append(i)
                    .append("), ',', '') AS BIGINT) FROM checked WHERE reason IS NULL;\n");
        }
        return sql.toString();
    }

    @Override
    public String coverageSql() {
        return "SELECT string_agg(DISTINCT force_slug, ' ' ORDER BY force_slug) || ' ' || min(fy_start) || '/Q'"
                + " || min(quarter_number) FROM checked WHERE reason IS NULL";
    }
}
