package uk.crs.policy;

/** A property of an offence that policy rules test for; definitions are in docs/offence-catalogue.md. */
public enum OffenceFlag {
    /** A sexual offence (Home Office group "Sexual offences", or sexual exploitation elsewhere). */
    SEXUAL,
    /** Violence against, or the threat or risk of violence to, a person. */
    VIOLENCE,
    /** The offence as counted involves physical injury (or death) to a person. */
    INJURY,
    /** Possession or use of a firearm, blade or other offensive weapon is an element of the offence. */
    WEAPON,
    /** The victim is, or the offence is defined by, a child (under 18, or the age in the offence). */
    CHILD,
    /** An offence type that commonly occurs within domestic abuse, so policy must ask about the relationship. */
    DOMESTIC_ABUSE_PRONE,
    /** Racially or religiously aggravated, or otherwise defined by hostility to a protected characteristic. */
    HATE,
    /** A controlled-drug offence. */
    DRUGS,
    /** An offence of obtaining property or money dishonestly (theft, burglary, robbery, fraud, handling). */
    ACQUISITIVE
}
