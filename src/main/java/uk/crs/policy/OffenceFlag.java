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
    ACQUISITIVE,
    /** A blade or point (a knife) is an element: Criminal Justice Act 1988 ss.139-139AA and knife sale offences. */
    BLADED,
    /** Simple possession of a knife, offensive weapon or firearm, with no threat or use (NPCC knife guidance). */
    WEAPON_POSSESSION,
    /** Selling, marketing or supplying a weapon: not a possession offence. */
    WEAPON_SALE,
    /** No identifiable person is the victim (possession, going equipped), so no victim need be consulted. */
    VICTIMLESS,
    /** The offence is defined by causing a death. */
    CAUSES_DEATH,
    /** Slavery, servitude, forced labour or human trafficking (Modern Slavery Act 2015). */
    SLAVERY,
    /** A class A controlled drug. */
    DRUGS_CLASS_A,
    /** A class B controlled drug. */
    DRUGS_CLASS_B,
    /** A class C controlled drug. */
    DRUGS_CLASS_C,
    /** Supply, production, importation or possession with intent to supply. */
    SUPPLY,
    /** A driving offence. */
    ROAD_TRAFFIC,
    /** Against an emergency worker as defined by the Assaults on Emergency Workers (Offences) Act 2018. */
    EMERGENCY_WORKER,
    /** Indecent images of children, including youth-produced imagery. */
    INDECENT_IMAGES,
    /** A child sex offence committed by a person under 18 (Sexual Offences Act 2003 s.13). */
    PEER_SEXUAL,
    /** The offence requires the parties to be personally connected (intimate partners or family). */
    INTIMATE_OR_FAMILY
}
