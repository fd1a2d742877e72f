package uk.crs.cases;

/** The levels of criminal record check (DBS): what each would show about a person. */
public enum DisclosureLevel {
    BASIC,
    STANDARD,
    ENHANCED
}
