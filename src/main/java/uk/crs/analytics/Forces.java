package uk.crs.analytics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The project's copy of the force list ({@code analytics/forces.csv}). */
public final class Forces {

    private static final Forces STANDARD = load();

    private final List<Force> all;

    private Forces(List<Force> all) {
        this.all = List.copyOf(all);
    }

    public static Forces standard() {
        return STANDARD;
    }

    public List<Force> all() {
        return all;
    }

    public Optional<Force> bySlug(String slug) {
        return all.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    /** Names are matched ignoring case, surrounding spaces and "&" versus "and". */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\s+", " ");
    }

    private static Forces load() {
        try (Reader in = new InputStreamReader(
                Forces.class.getResourceAsStream("/analytics/forces.csv"), StandardCharsets.UTF_8)) {
            List<Force> forces = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                List<String> aliases = r.get("aliases").isBlank()
                        ? List.of()
                        : Arrays.asList(r.get("aliases").split("\\|"));
                forces.add(new Force(r.get("slug"), r.get("name"), aliases));
            }
            return new Forces(forces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
