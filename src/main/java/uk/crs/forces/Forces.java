package uk.crs.forces;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The police forces of {@code forces/forces.csv}, read once per process. */
public final class Forces {

    private static final String RESOURCE = "/forces/forces.csv";
    private static final Forces STANDARD = load();

    private final List<Force> all;
    private final Set<String> recording;

    private Forces(List<Force> all) {
        this.all = List.copyOf(all);
        Set<String> slugs = new LinkedHashSet<>();
        all.stream().filter(Force::recordsCases).forEach(f -> slugs.add(f.slug()));
        this.recording = java.util.Collections.unmodifiableSet(slugs);
    }

    /** The bundled reference list. */
    public static Forces standard() {
        return STANDARD;
    }

    /** Every force data.police.uk publishes, in the order of the file. */
    public List<Force> all() {
        return all;
    }

    public Optional<Force> bySlug(String slug) {
        return all.stream().filter(f -> f.slug().equals(slug)).findFirst();
    }

    /** The slugs of the forces crs records cases for (England and Wales, and British Transport Police). */
    public Set<String> recordingSlugs() {
        return recording;
    }

    /** Whether crs records cases for the force with this exact slug, e.g. {@code durham}. */
    public boolean recordsCases(String slug) {
        return recording.contains(slug);
    }

    /**
     * The force a person typed: its slug or one of its names, ignoring case, surrounding spaces and "&" versus
     * "and" ({@code Durham}, {@code DURHAM}, {@code Durham Constabulary} all give durham); empty when none matches.
     */
    public Optional<Force> typed(String typed) {
        String wanted = normalise(typed);
        return all.stream()
                .filter(f -> f.slug().equals(wanted.replace(' ', '-'))
                        || f.names().stream().map(Forces::normalise).anyMatch(wanted::equals))
                .findFirst();
    }

    /** The force whose slug is closest in spelling to what was typed, if one is close enough to be a typo. */
    public Optional<Force> nearest(String typed) {
        String wanted = normalise(typed).replace(' ', '-');
        int allowed = Math.max(1, wanted.length() / 4);
        Force best = null;
        int bestDistance = allowed + 1;
        for (Force force : all) {
            int d = distance(wanted, force.slug());
            if (d < bestDistance) {
                best = force;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Names are matched ignoring case, surrounding spaces and "&" versus "and". */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("\\s+", " ");
    }

    /** Edit distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Forces load() {
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
            List<Force> forces = new ArrayList<>();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                forces.add(new Force(
                        r.get("slug"),
                        r.get("name"),
                        r.get("aliases").isBlank()
                                ? List.of()
                                : Arrays.asList(r.get("aliases").split("\\|")),
                        r.get("records_cases").equals("yes")));
            }
            return new Forces(forces);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
