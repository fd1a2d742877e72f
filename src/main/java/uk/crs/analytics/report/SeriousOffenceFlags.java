package uk.crs.analytics.report;

import java.util.List;

/**
 * data.police.uk crime types whose community resolutions deserve a second look, per force and nationally. data.police.uk
 * publishes broad crime types, not offences, so these are flags for follow-up, never findings: a CR can be lawful for
 * a minor offence inside a broad type. Derived from the project's reserved-offence classes
 * ({@code analytics/reserved-offences.csv}: weapon possession and sexual offences are reserved for formal action);
 * the crime-type mapping and caveats are the project's own reading (derived, not a published rule).
 */
public final class SeriousOffenceFlags {

    /** One flagged crime type and what a reader must know before reading its CRs. */
    public record Flag(String crimeType, String why, String caveat) {}

    public static final List<Flag> FLAGS = List.of(
            new Flag(
                    "Possession of weapons",
                    "weapon possession offences are in a class reserved for formal action",
                    "includes possession of an article with a blade or point, where a CR is rarely appropriate"),
            new Flag(
                    "Violence and sexual offences",
                    "sexual offences are reserved for formal action; violence includes serious assaults",
                    "one published type joins common assault (where a CR can be proper) with sexual offences and"
                            + " serious violence, which the data do not separate"),
            new Flag(
                    "Drugs",
                    "supply offences are serious; possession is often dealt with out of court",
                    "possession and supply are not separated in the published data, so these CRs may all be for"
                            + " possession"));

    private SeriousOffenceFlags() {}

    /** The report's lines of a flagged type: national (force null) then per force with CRs. */
    static List<Line> lines(Report report, Flag flag) {
        List<Line> national = report.table(Line.Table.CRIME_TYPE).stream()
                .filter(l -> flag.crimeType().equals(l.crimeType()))
                .toList();
        List<Line> forces = report.table(Line.Table.FORCE_CRIME_TYPE).stream()
                .filter(l ->
                        flag.crimeType().equals(l.crimeType()) && l.counts().communityResolutions() > 0)
                .toList();
        return java.util.stream.Stream.concat(national.stream(), forces.stream())
                .toList();
    }
}
