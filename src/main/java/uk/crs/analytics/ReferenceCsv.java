package uk.crs.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads one of the project's own reference tables (a CSV resource with a header row) into values. */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** Each data row of the classpath resource, turned into a value by {@code row}. */
    public static <T> List<T> rows(String resource, Function<CSVRecord, T> row) {
        InputStream stream = ReferenceCsv.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("reference table " + resource + " is missing from the classpath");
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            List<T> values = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                values.add(row.apply(r));
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
