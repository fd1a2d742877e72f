package uk.crs.decision;

/**
 * A disposal the facts allow, besides or instead of a community resolution, with its Home Office outcome type.
 *
 * @param homeOfficeOutcome the Home Office Counting Rules outcome number ("8" community resolution, "21", "22", ...)
 */
public record Alternative(String pathway, String homeOfficeOutcome, String explanation) {}
