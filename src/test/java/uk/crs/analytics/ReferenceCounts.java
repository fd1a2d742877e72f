package uk.crs.analytics;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reference computation for tests: counts a data.police.uk street file or a BBC count table with
 * commons-csv, under DESIGN.md §5's definitions, without any production code.
 */
public record ReferenceCounts(long rows, long crimes, long pending, long communityResolutions) {

    private static final Set<String> PENDING = Set.of("Under investigation", "Status update unavailable");

    public ReferenceCounts plus(ReferenceCounts o) {
        return new ReferenceCounts(
                rows + o.rows, crimes + o.crimes, pending + o.pending, communityResolutions + o.communityResolutions);
    }

    /** Counts a street file's rows. */
    public static ReferenceCounts street(Path file) throws IOException {
        long rows = 0, crimes = 0, pending = 0, cr = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                rows++;
                String outcome = r.get("Last outcome category").strip();
                if (!outcome.isEmpty()) {
                    crimes++;
                }
                if (PENDING.contains(outcome)) {
                    pending++;
                }
                if (outcome.equals("Local resolution")) {
                    cr++;
                }
            }
        }
        return new ReferenceCounts(rows, crimes, pending, cr);
    }

    /** Sums a counts table whose outcome and count columns are named; bare CR line ends are turned into LF first. */
    public static ReferenceCounts counts(Path file, String outcomeColumn, String countColumn) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        long rows = 0, crimes = 0, pending = 0, cr = 0;
        for (CSVRecord r : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            rows++;
            long n = Long.parseLong(r.get(countColumn));
            String outcome = r.get(outcomeColumn).strip();
            if (!outcome.isEmpty()) {
                crimes += n;
            }
            if (PENDING.contains(outcome)) {
                pending += n;
            }
            if (outcome.equals("Local resolution")) {
                cr += n;
            }
        }
        return new ReferenceCounts(rows, crimes, pending, cr);
    }
}
