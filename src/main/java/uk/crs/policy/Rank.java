package uk.crs.policy;

/**
 * A police rank as written in a policy file; declaration order is rank order.
 *
 * <p>The decision package maps it onto {@code uk.crs.decision.Authority}; it lives here because decision depends on
 * policy, never the reverse.
 */
public enum Rank {
    NONE,
    SERGEANT,
    INSPECTOR,
    SUPERINTENDENT;

    /** The higher of this rank and the other. */
    public Rank max(Rank other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
