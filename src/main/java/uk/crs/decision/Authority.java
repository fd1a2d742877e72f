package uk.crs.decision;

import uk.crs.policy.Rank;

/** The rank whose authorisation a decision needs; declaration order is rank order. */
public enum Authority {
    NONE,
    SERGEANT,
    INSPECTOR,
    SUPERINTENDENT;

    private static final Authority[] BY_RANK = new Authority[Rank.values().length];

    static {
        for (Rank rank : Rank.values()) {
            BY_RANK[rank.ordinal()] = valueOf(rank.name());
        }
    }

    /** The authority matching a rank written in a policy file. */
    public static Authority of(Rank rank) {
        return BY_RANK[rank.ordinal()];
    }

    /** Whether this authority is at least the other. */
    public boolean atLeast(Authority other) {
        return compareTo(other) >= 0;
    }

    public Authority max(Authority other) {
        return atLeast(other) ? this : other;
    }
}
