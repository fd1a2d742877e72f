package uk.crs.policy;

/** A disposal in an offender's history, as named in case facts and in offending-history rules. */
public enum Disposal {
    COMMUNITY_RESOLUTION,
    CAUTION,
    CONDITIONAL_CAUTION,
    PENALTY_NOTICE,
    CONVICTION
}
