package uk.crs.analytics.reoffending;

/** The words every re-offending output carries. */
public final class Caveat {

    /** Shown on every page and report that shows re-offending. */
    public static final String COMPARISON = "A difference in re-offending between pathways is not an effect of the"
            + " pathway unless the people were comparable: officers choose who gets a community resolution, a caution"
            + " or a charge, and the people chosen differ in ways these figures do not see. Only a matched comparison"
            + " (crs reoffending --compare) goes some way towards comparable people, and even it matches only on what"
            + " the records hold.";

    public static final String SANCTIONED = "Sanctioned re-offending counts re-offences dealt with by any disposal"
            + " (outcomes 1, 2, 3, 6, 7, 8, 22, 23). It is the only measure that sees community resolutions and"
            + " diversion, and it is not comparable with the Ministry of Justice's proven re-offending statistics.";

    public static final String PROVEN = "Proven re-offending counts re-offences that ended in a charge or summons"
            + " (outcome 1) or a caution (2, 3), as recorded by this force: the Ministry of Justice's measure also"
            + " uses court convictions and other forces' records, so the rates are lower than official ones.";

    private Caveat() {}
}
