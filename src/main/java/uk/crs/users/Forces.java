package uk.crs.users;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The police forces users can belong to: England and Wales's 43 territorial forces and British Transport Police. */
public final class Forces {

    private static final String RESOURCE = "/users/forces.csv";
    private static final Map<String, String> NAMES = load();

    private Forces() {}

    /** Whether the slug (e.g. {@code durham}) names a known force. */
    public static boolean isKnown(String slug) {
        return NAMES.containsKey(slug);
    }

    /** The force's name, e.g. "Durham Constabulary". */
    public static Optional<String> name(String slug) {
        return Optional.ofNullable(NAMES.get(slug));
    }

    /** Every slug, in the order of the file. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        try (InputStream in = Forces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setCommentMarker('#')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            Map<String, String> names = new LinkedHashMap<>();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(row.get("slug"), row.get("name"));
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
