package uk.crs.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.crs.policy.internal.OffencesCsv;

/**
 * The offence-level catalogue: one {@link OffenceDefinition} per offence as charged, found by id, by legislation and
 * section, or by Home Office class. Loaded once; lookups do no parsing.
 */
public final class Offences {

    /** The classpath resource holding the offence-level catalogue. */
    public static final String BUNDLED_RESOURCE = "/policy/offences.csv";

    /** Most serious first: indictable only, then the longer maximum, then the higher adult and child scores. */
    public static final Comparator<OffenceDefinition> MOST_SERIOUS_FIRST = Comparator.comparing(
                    (OffenceDefinition d) -> d.modeOfTrial().ordinal())
            .thenComparingInt(OffenceDefinition::maxMonths)
            .thenComparingInt(OffenceDefinition::gravityAdult)
            .thenComparingInt(OffenceDefinition::gravityChild)
            .reversed();

    private final OffenceCatalogue classes;
    private final List<OffenceDefinition> all;
    private final Map<String, OffenceDefinition> byId = new HashMap<>();
    private final Map<String, List<OffenceDefinition>> bySection = new HashMap<>();
    private final Map<String, List<OffenceDefinition>> byClass = new HashMap<>();
    private final Map<String, Offence> classView = new HashMap<>();
    private final Map<String, List<String>> classChoices = new HashMap<>();
    private final Map<String, List<String>> sectionChoices = new HashMap<>();

    private Offences(List<OffenceDefinition> all, OffenceCatalogue classes) {
        this.all = List.copyOf(all);
        this.classes = classes;
        Map<String, List<OffenceDefinition>> sections = new LinkedHashMap<>();
        for (OffenceDefinition d : all) {
            byId.put(key(d.id()), d);
            sections.computeIfAbsent(sectionKey(d.legislation(), d.section()), k -> new ArrayList<>())
                    .add(d);
            for (String c : d.hoClasses()) {
                byClass.computeIfAbsent(key(c), k -> new ArrayList<>()).add(d);
            }
            classView.put(d.id(), view(d));
        }
        sections.forEach((k, v) -> bySection.put(k, sorted(v)));
        byClass.replaceAll((k, v) -> sorted(v));
        // the choices a case naming a class or a section leaves open are the same for every case: list them once
        bySection.forEach((k, v) -> sectionChoices.put(k, v.size() > 1 ? ids(v) : List.of()));
        byClass.forEach((k, v) -> classChoices.put(k, differ(v) ? ids(v) : List.of()));
    }

    public static Offences of(List<OffenceDefinition> all, OffenceCatalogue classes) {
        return new Offences(all, classes);
    }

    /** The bundled catalogue, parsed once. */
    public static Offences bundled() {
        return Bundled.INSTANCE;
    }

    public List<OffenceDefinition> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The offence with this catalogue id, ignoring case. */
    public Optional<OffenceDefinition> find(String id) {
        return Optional.ofNullable(byId.get(key(id)));
    }

    /**
     * The offences under a piece of legislation and section, most serious first: matched ignoring case, spaces,
     * a leading "s." or "section", and a trailing year-less form of the Act's name is not guessed.
     */
    public List<OffenceDefinition> matching(String legislation, String section) {
        return bySection.getOrDefault(sectionKey(legislation, section), List.of());
    }

    /** The offences counted in a Home Office class, most serious first (empty for a class with none catalogued). */
    public List<OffenceDefinition> inClass(String code) {
        return byClass.getOrDefault(key(code), List.of());
    }

    /**
     * The ids of the offences a legislation and section could mean, most serious first, when it covers more than one;
     * empty otherwise.
     */
    public List<String> sectionChoices(String legislation, String section) {
        return sectionChoices.getOrDefault(sectionKey(legislation, section), List.of());
    }

    /**
     * The ids of a class's offences, most serious first, when they differ in mode of trial or starting gravity so that
     * the class alone cannot decide; empty when they agree or the class has none catalogued.
     */
    public List<String> classChoices(String code) {
        return classChoices.getOrDefault(key(code), List.of());
    }

    /** Offences whose title, legislation, section, id or class contains the text, ignoring case. */
    public List<OffenceDefinition> search(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(d -> (d.id() + " " + d.title() + " " + d.citation() + " " + String.join(" ", d.hoClasses()))
                        .toLowerCase(Locale.ROOT)
                        .contains(needle))
                .toList();
    }

    /**
     * The offence seen as the class-level {@link Offence} the rules match on: its usual class's group and subgroup,
     * with the offence's own title, mode of trial and flags.
     */
    public Offence classView(OffenceDefinition d) {
        Offence view = classView.get(d.id());
        return view != null ? view : view(d);
    }

    /** The class table the definitions refer to. */
    public OffenceCatalogue classes() {
        return classes;
    }

    private Offence view(OffenceDefinition d) {
        Optional<Offence> cls = classes.find(d.hoClass());
        String group;
        String subgroup;
        if (cls.isPresent()) {
            group = cls.get().group();
            subgroup = cls.get().subgroup();
        } else {
            String[] parts = d.hoGroup().split("\\|", 2);
            group = parts[0];
            subgroup = parts.length > 1 ? parts[1] : "";
        }
        return new Offence(d.hoClass(), d.title(), group, subgroup, d.modeOfTrial(), d.flags(), d.citation(), d.note());
    }

    private static List<String> ids(List<OffenceDefinition> list) {
        // List.copyOf: a list that callers copying with List.copyOf get back as it is
        return List.copyOf(list.stream().map(OffenceDefinition::id).toList());
    }

    /** Whether offences of one class differ in mode of trial or starting gravity, so the class alone cannot decide. */
    private static boolean differ(List<OffenceDefinition> inClass) {
        OffenceDefinition first = inClass.get(0);
        for (OffenceDefinition d : inClass) {
            if (d.modeOfTrial() != first.modeOfTrial()
                    || d.gravityAdult() != first.gravityAdult()
                    || d.gravityChild() != first.gravityChild()) {
                return true;
            }
        }
        return false;
    }

    private static List<OffenceDefinition> sorted(List<OffenceDefinition> list) {
        List<OffenceDefinition> copy = new ArrayList<>(list);
        copy.sort(MOST_SERIOUS_FIRST);
        return List.copyOf(copy);
    }

    private static String key(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }

    /** "Sexual Offences Act 2003" + "s. 3" and "sexual offences act 2003" + "3" give the same key. */
    static String sectionKey(String legislation, String section) {
        String s = section.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.startsWith("section")) {
            s = s.substring("section".length());
        } else if (s.startsWith("s.")) {
            s = s.substring(2);
        } else if (s.startsWith("s") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        String l = legislation.toLowerCase(Locale.ROOT).replace(" ", "").replace(",", "");
        return l + "#" + s;
    }

    private static final class Bundled {
        static final Offences INSTANCE = load();

        private static Offences load() {
            try (InputStream in = Offences.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("offence catalogue resource " + BUNDLED_RESOURCE + " is missing");
                }
                OffenceCatalogue classes = OffenceCatalogue.bundled();
                return of(
                        OffencesCsv.read(
                                new InputStreamReader(in, StandardCharsets.UTF_8),
                                "classpath:" + BUNDLED_RESOURCE,
                                classes),
                        classes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
