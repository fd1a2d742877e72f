package uk.crs.forces;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Stream;

/**
 * A police force: its data.police.uk slug, its name, the other names it appears under in published data, and whether
 * crs records cases for it (the forces of England and Wales and British Transport Police).
 */
public record Force(String slug, String name, List<String> aliases, boolean recordsCases) {

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
        return Stream.concat(Stream.of(name, shortName), aliases.stream())
                .distinct()
                .toList();
    }
}
