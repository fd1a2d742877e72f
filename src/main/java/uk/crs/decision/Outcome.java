package uk.crs.decision;

/** What the policy says about giving a community resolution; declaration order is from most to least permissive. */
public enum Outcome {
    PERMITTED,
    AUTHORISATION_REQUIRED,
    NOT_PERMITTED
}
