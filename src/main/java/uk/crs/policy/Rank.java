package uk.crs.policy;

/**
 * The rank whose authority something needs: written in policy files, asked for by decisions, held by users' roles and
 * checked by the case workflow. Declaration order is rank order; {@code NONE} is any police officer.
 *
 * <p>It lives in policy, the package every other feature may depend on.
 */
public enum Rank {
    NONE,
    SERGEANT,
    INSPECTOR,
    SUPERINTENDENT;

    /** Whether this rank is at least the other. */
    public boolean atLeast(Rank other) {
        return compareTo(other) >= 0;
    }

    /** The higher of this rank and the other. */
    public Rank max(Rank other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
