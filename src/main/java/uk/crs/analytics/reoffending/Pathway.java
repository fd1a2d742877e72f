package uk.crs.analytics.reoffending;

import java.util.List;
import java.util.Optional;

/**
 * The disposal pathways, by Home Office outcome type, with the date each began (domain/outcome-types.csv and
 * domain/community-resolutions.md; 23 is recent and its start date is not verified).
 */
public enum Pathway {
    CHARGE(
            1,
            "Charged or summonsed (1A, an alternative offence, counts as 1)",
            "April 2013 (the crime outcomes framework)",
            Sources.FRAMEWORK),
    YOUTH_CAUTION(
            2,
            "Caution, youths (including youth conditional cautions)",
            "April 2013 (the crime outcomes framework)",
            Sources.FRAMEWORK),
    ADULT_CAUTION(
            3,
            "Caution, adults (including conditional cautions)",
            "April 2013 (the crime outcomes framework)",
            Sources.FRAMEWORK),
    PENALTY_NOTICE(6, "Penalty Notice for Disorder", "April 2013 (the crime outcomes framework)", Sources.FRAMEWORK),
    CANNABIS_WARNING(7, "Cannabis or khat warning", "April 2013 (the crime outcomes framework)", Sources.FRAMEWORK),
    COMMUNITY_RESOLUTION(8, "Community resolution", "April 2013 (the crime outcomes framework)", Sources.FRAMEWORK),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(
            21,
            "Further investigation to support formal action not in the public interest (not a disposal)",
            "January 2016",
            "derived: Kingsley Napley, \"Outcome 22: are the police utilising this important diversionary tool\""
                    + " (19 November 2020), which dates outcome 21 to January 2016; domain/outcome-types.csv"),
    DIVERSION(
            22,
            "Diversionary, educational or intervention activity; further action not in the public interest",
            "1 April 2019",
            "verified in two secondary sources: Youth Justice Legal Centre, \"Deferred prosecution: outcome 22\""
                    + " (in force from 1 April 2019), and Kingsley Napley (19 November 2020)"),
    DEFERRED_PROSECUTION_CHILDREN(
            23,
            "Deferred prosecution for children",
            "recent; start date not verified",
            "placeholder: Centre for Justice Innovation, \"Beyond admission: could Outcome 22 and 23 become England"
                    + " and Wales' version of no contest\" says it was introduced for children in the month of"
                    + " writing, with no date found");

    /** Where the definitions and start dates come from. */
    static final class Sources {
        static final String FRAMEWORK = "definition: Home Office, Police recorded crime and outcomes open data tables"
                + " user guide (gov.uk, updated 24 October 2024); start date derived from domain/outcome-types.csv"
                + " and domain/community-resolutions.md";

        private Sources() {}
    }

    /** The Home Office user guide the definitions follow. */
    public static final String USER_GUIDE = "https://www.gov.uk/government/statistics/police-recorded-crime-open-data"
            + "-tables/police-recorded-crime-and-outcomes-open-data-tables-user-guide";

    private final int outcomeType;
    private final String definition;
    private final String began;
    private final String source;

    Pathway(int outcomeType, String definition, String began, String source) {
        this.outcomeType = outcomeType;
        this.definition = definition;
        this.began = began;
        this.source = source;
    }

    /** Where the definition and the start date come from, and whether the date is verified, derived or a placeholder. */
    public String source() {
        return source;
    }

    public int outcomeType() {
        return outcomeType;
    }

    public String definition() {
        return definition;
    }

    public String began() {
        return began;
    }

    /** Outcome types that are disposals of a person (21 is not: it closes a crime without one). */
    public static final List<Integer> DISPOSALS = List.of(1, 2, 3, 6, 7, 8, 22, 23);

    /** The outcome types shown side by side as pathways: the disposals and 21. */
    public static final List<Integer> SIDE_BY_SIDE = List.of(1, 2, 3, 6, 7, 8, 21, 22, 23);

    /** Proven re-offending counts these outcome types. */
    public static final List<Integer> PROVEN = List.of(1, 2, 3);

    public static Optional<Pathway> of(int outcomeType) {
        for (Pathway p : values()) {
            if (p.outcomeType == outcomeType) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
