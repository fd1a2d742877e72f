package uk.crs.scrutiny;

/**
 * The themes a thematic stratum may select on; a case carries the themes that apply to it. West Midlands samples by
 * offence theme; the others follow the list of cases guidance treats as needing most care.
 */
public enum Theme {
    /** The offender was under 18 when the CR was decided. */
    YOUTH,
    /** A domestic-abuse or intimate-partner case. */
    DOMESTIC_ABUSE,
    /** A hate-aggravated offence. */
    HATE,
    /** The victim did not consent and a supervisor overrode the objection. */
    VICTIM_CONSENT_OVERRIDE,
    /** The final gravity score was 3 or more. */
    GRAVITY_3_PLUS,
    /** The offence is in a class the guidance reserves for formal action (indictable-only, sexual, weapon, ...). */
    RESERVED_OFFENCE,
    /** The offender had an earlier CR on record. */
    REPEAT_CR
}
