package uk.crs.analytics.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.crs.analytics.ReferenceCsv;

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
        Map<String, List<String>> classes = new HashMap<>();
        ReferenceCsv.rows("/analytics/reserved-offences.csv", r -> r)
                .forEach(r -> classes.put(
                        r.get("code").toUpperCase(java.util.Locale.ROOT),
                        Arrays.asList(r.get("classes").split("\\|"))));
        return new ReservedOffences(classes);
    }
}
