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
            "before April 2013 (crime outcomes framework, April 2013)"),
    YOUTH_CAUTION(2, "Caution, youths (including youth conditional cautions)", "April 2013"),
    ADULT_CAUTION(3, "Caution, adults (including conditional cautions)", "April 2013"),
    PENALTY_NOTICE(6, "Penalty Notice for Disorder", "April 2013"),
    CANNABIS_WARNING(7, "Cannabis or khat warning", "April 2013"),
    COMMUNITY_RESOLUTION(8, "Community resolution", "April 2013"),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(
            21,
            "Further investigation to support formal action not in the public interest (not a disposal)",
            "January 2016"),
    DIVERSION(
            22,
            "Diversionary, educational or intervention activity; further action not in the public interest",
            "April 2019"),
    DEFERRED_PROSECUTION_CHILDREN(23, "Deferred prosecution for children", "recent; start date not verified");

    private final int outcomeType;
    private final String definition;
    private final String began;

    Pathway(int outcomeType, String definition, String began) {
        this.outcomeType = outcomeType;
        this.definition = definition;
        this.began = began;
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
