package uk.crs.cases;

/** The kinds of condition a community resolution may carry; an education or rehabilitation course is a COURSE. */
public enum ConditionType {
    APOLOGY,
    REPARATION,
    COMPENSATION,
    COURSE,
    RESTORATIVE_JUSTICE,
    OTHER
}
