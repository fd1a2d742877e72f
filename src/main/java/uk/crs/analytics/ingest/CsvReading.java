package uk.crs.analytics.ingest;

import java.util.List;
import java.util.stream.Collectors;
import uk.crs.analytics.SqlScript;

/** How DuckDB's read_csv is told to read our files: strictly, as text, with the columns we name. */
final class CsvReading {

    /** Strict mode makes a short or long row (a truncated file, a wrong delimiter) an error instead of padding it. */
    static final String OPTIONS = "header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
            + " strict_mode = true, null_padding = false";

    private CsvReading() {}

    static String columns(List<String> names) {
        return names.stream()
                .map(c -> SqlScript.literal(c) + ": 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
