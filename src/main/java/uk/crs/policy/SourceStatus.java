package uk.crs.policy;

/** How far a catalogue or policy value can be relied on. */
public enum SourceStatus {
    /** Read in the cited source. */
    VERIFIED,
    /** Reasoned from a cited source; the row's reasoning says how. */
    DERIVED,
    /** Not established from a source; replace before relying on it. */
    PLACEHOLDER
}
