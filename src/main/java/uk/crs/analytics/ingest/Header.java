package uk.crs.analytics.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The column names on a CSV file's first line. */
public record Header(List<String> names) {

    public Header {
        names = List.copyOf(names);
    }

    /** Parses a header line (without its line end). */
    public static Header parse(String line) {
        try {
            List<CSVRecord> records =
                    CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
            if (records.isEmpty()) {
                return new Header(List.of());
            }
            return new Header(records.get(0).stream().map(String::strip).toList());
        } catch (IOException | UncheckedIOException e) {
            return new Header(List.of(line));
        }
    }

    public int indexOf(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
