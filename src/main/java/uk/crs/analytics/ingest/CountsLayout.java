package uk.crs.analytics.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How an aggregated table's columns map to roles ({@code --columns year=Year,count=f0_,...}); {@code outcome=*}
 * means every unmapped column is an outcome whose cells hold counts (a force-by-outcome pivot).
 */
public record CountsLayout(Map<Role, String> columns) {

    /** The roles a column can play. */
    public enum Role {
        YEAR,
        COUNT,
        FORCE,
        CRIMETYPE,
        OUTCOME
    }

    /** The marker for a wide (pivot) table of outcomes. */
    public static final String EVERY_OTHER_COLUMN = "*";

    public CountsLayout {
        columns = Map.copyOf(columns);
        boolean wide = EVERY_OTHER_COLUMN.equals(columns.get(Role.OUTCOME));
        if (!wide && !columns.containsKey(Role.COUNT)) {
            throw new IllegalArgumentException("--columns needs count=<column> (or outcome=* for a pivot table)");
        }
        if (wide && columns.containsKey(Role.COUNT)) {
            throw new IllegalArgumentException(
                    "--columns: outcome=* takes counts from every other column;" + " do not also give count=");
        }
    }

    public boolean wide() {
        return EVERY_OTHER_COLUMN.equals(columns.get(Role.OUTCOME));
    }

    public Optional<String> column(Role role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** Parses {@code role=Column,...}; roles are year, count, force, crimeType and outcome. */
    public static CountsLayout parse(String spec) {
        Map<Role, String> columns = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("--columns: expected role=Column, found '" + part
                        + "' (roles: year, count, force," + " crimeType, outcome)");
            }
            String role = part.substring(0, eq).strip();
            Role parsed;
            try {
                parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--columns: unknown role '" + role + "' (roles: year, count, force, crimeType, outcome)");
            }
            if (columns.put(parsed, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("--columns: role '" + role + "' given twice");
            }
        }
        return new CountsLayout(columns);
    }
}
