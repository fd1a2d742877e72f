package uk.crs.analytics.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Says in plain words why DuckDB could not read a CSV file, instead of passing on the reader's internal text. */
final class CsvFailure {

    private static final Pattern COLUMNS = Pattern.compile(
            "CSV Error on Line: (\\d+).*Expected Number of Columns: (\\d+) Found: (\\d+)", Pattern.DOTALL);

    private CsvFailure() {}

    /** A message naming the file and what is wrong with it. */
    static String describe(String name, Path readable, @Nullable String duckdb) {
        String text = duckdb == null ? "" : duckdb;
        Matcher m = COLUMNS.matcher(text);
        if (m.find()) {
            return name + ": not a well-formed CSV file: line " + m.group(1) + " has " + m.group(3)
                    + " column(s) where the header has " + m.group(2) + " (a truncated file or a broken row)";
        }
        long mixed = firstBareCarriageReturnLine(readable);
        if (mixed > 0) {
            return name + ": mixed line endings: line " + mixed + " ends with a bare carriage return (old-Mac style)"
                    + " while earlier lines end differently; save the file with one kind of line ending";
        }
        return name + ": not a well-formed CSV file (truncated, not CSV, or a quote out of place)";
    }

    /** The line number of the first line ending in a bare CR after lines ending in LF, or 0. */
    private static long firstBareCarriageReturnLine(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long line = 1;
            boolean previousCr = false;
            boolean sawLf = false;
            int b;
            while ((b = in.read()) != -1) {
                if (previousCr && b != '\n' && sawLf) {
                    return line - 1;
                }
                if (b == '\n') {
                    sawLf = true;
                    line++;
                } else if (b == '\r') {
                    line += previousCr ? 1 : 0;
                }
                if (previousCr && b != '\n') {
                    line++;
                }
                previousCr = b == '\r';
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
