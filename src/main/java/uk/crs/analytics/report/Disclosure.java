package uk.crs.analytics.report;

import java.util.Set;
import uk.crs.analytics.report.Counts.Measure;

/** Which cells of a report are withheld: primary (a count under 10) or secondary (to protect a primary cell). */
public record Disclosure(Set<Cell> primary, Set<Cell> secondary) {

    /** One count of one line. */
    public record Cell(Line line, Measure measure) {}

    /** Counts from 1 to 9 are withheld; zero is published because it discloses no one. */
    public static final int THRESHOLD = 10;

    public static final Disclosure NONE = new Disclosure(Set.of(), Set.of());

    public Disclosure {
        primary = Set.copyOf(primary);
        secondary = Set.copyOf(secondary);
    }

    public boolean hides(Line line, Measure measure) {
        Cell cell = new Cell(line, measure);
        return primary.contains(cell) || secondary.contains(cell);
    }

    public boolean isPrimary(Line line, Measure measure) {
        return primary.contains(new Cell(line, measure));
    }

    /** Shares, intervals and plot points of a line with any withheld count would reveal it, so they are withheld too. */
    public boolean hidesShares(Line line) {
        for (Measure m : Measure.values()) {
            if (hides(line, m)) {
                return true;
            }
        }
        return false;
    }

    /** How a withheld count is shown: "<10" for a small count, "[c]" for one withheld to protect another. */
    public String label(Line line, Measure measure) {
        return isPrimary(line, measure) ? "<" + THRESHOLD : "[c]";
    }
}
