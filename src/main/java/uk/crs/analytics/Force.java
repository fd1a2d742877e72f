package uk.crs.analytics;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A police force: its data.police.uk slug, its name and the other names it appears under in published data. */
public record Force(String slug, String name, List<String> aliases) {

    public Force {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /**
     * The name, its aliases, and the short form the Home Office tables use ("Durham" for "Durham Constabulary").
     */
    public List<String> names() {
        String shortName = name.replaceFirst(" (Police Service|Constabulary|Police)$", "");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name, shortName), aliases.stream())
                .distinct()
                .toList();
    }
}
