package uk.crs.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        return new Forces(ReferenceCsv.rows(
                "/analytics/forces.csv",
                r -> new Force(
                        r.get("slug"),
                        r.get("name"),
                        r.get("aliases").isBlank()
                                ? List.of()
                                : Arrays.asList(r.get("aliases").split("\\|")))));
    }
}
