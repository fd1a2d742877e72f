package uk.crs.policy;

/** Where a rule's values come from, and whether they are placeholders awaiting the force's verified matrix. */
public record Provenance(boolean placeholder, String source) {}
