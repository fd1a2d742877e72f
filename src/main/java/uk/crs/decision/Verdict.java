package uk.crs.decision;

/** One rule's finding: PASS, BLOCK (no community resolution), ESCALATE (needs authorisation) or WARN (flag for scrutiny). */
public enum Verdict {
    PASS,
    BLOCK,
    ESCALATE,
    WARN
}
