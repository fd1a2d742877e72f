package uk.crs.policy;

/** Where an offence can be tried in England and Wales (Magistrates' Courts Act 1980 and the offence's own statute). */
public enum ModeOfTrial {
    /** Triable only in a magistrates' court. */
    SUMMARY,
    /** Triable either in a magistrates' court or on indictment in the Crown Court. */
    EITHER_WAY,
    /** Triable only on indictment in the Crown Court. */
    INDICTABLE_ONLY
}
