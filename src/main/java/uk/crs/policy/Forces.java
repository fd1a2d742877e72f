package uk.crs.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The police forces of England and Wales by data.police.uk slug, from {@code policy/forces.csv}. */
public final class Forces {

    private static final Set<String> BUNDLED = load();

    private Forces() {}

    /** Every known force slug, e.g. {@code cleveland}, {@code durham}. */
    public static Set<String> slugs() {
        return BUNDLED;
    }

    public static boolean known(String slug) {
        return BUNDLED.contains(slug);
    }

    private static Set<String> load() {
        InputStream in = Forces.class.getResourceAsStream("/policy/forces.csv");
        if (in == null) {
            throw new IllegalStateException("policy/forces.csv is missing from the classpath");
        }
        Set<String> slugs = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header: slug,name
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // the slug is the first column and never contains a comma or quote
                int comma = line.indexOf(',');
                String slug = (comma < 0 ? line : line.substring(0, comma)).strip();
                if (!slug.isEmpty()) {
                    slugs.add(slug);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy/forces.csv", e);
        }
        return Set.copyOf(slugs);
    }
}
