package uk.crs.analytics.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Home Office offence codes in classes that guidance reserves for formal action (indictable-only, sexual, weapon
 * possession, child cruelty or abduction, stalking or harassment): the project's own small mapping in
 * {@code analytics/reserved-offences.csv}.
 */
final class ReservedOffences {

    private static final ReservedOffences STANDARD = load();

    private final Map<String, List<String>> classes;

    private ReservedOffences(Map<String, List<String>> classes) {
        this.classes = Map.copyOf(classes);
    }

    static ReservedOffences standard() {
        return STANDARD;
    }

    List<String> classes(String code) {
        return classes.getOrDefault(code.strip().toUpperCase(java.util.Locale.ROOT), List.of());
    }

    private static ReservedOffences load() {
        try (Reader in = new InputStreamReader(
                ReservedOffences.class.getResourceAsStream("/analytics/reserved-offences.csv"),
                StandardCharsets.UTF_8)) {
            Map<String, List<String>> classes = new HashMap<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                classes.put(
                        r.get("code").toUpperCase(java.util.Locale.ROOT),
                        Arrays.asList(r.get("classes").split("\\|")));
            }
            return new ReservedOffences(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
