package uk.crs.policy;

import org.jspecify.annotations.Nullable;

/** Where a policy applies: nationally (force is null) or to one force, by its data.police.uk slug. */
public record Scope(@Nullable String force) {

    public static Scope national() {
        return new Scope(null);
    }

    public static Scope force(String slug) {
        return new Scope(slug);
    }

    public boolean isNational() {
        return force == null;
    }

    /** {@code national} or the force slug, as written in policy files. */
    public String label() {
        String f = force;
        return f == null ? "national" : f;
    }
}
