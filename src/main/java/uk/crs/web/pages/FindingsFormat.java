package uk.crs.web.pages;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.crs.scrutiny.Findings;

/** How the report page writes findings' counts, rates and statistics; templates reach it as {@code fmt}. */
public final class FindingsFormat {

    /** A count, or that it is not shown (only in reports published with the old suppression at 10). */
    public String count(@Nullable Integer n) {
        return n == null ? "Not shown (suppressed when published)" : Integer.toString(n);
    }

    /** "18.2% (95% interval 5.1% to 47.7%)", or why it is not shown. */
    public String rate(Findings.@Nullable RateSummary r) {
        return r == null
                ? "Not shown: no case was determined"
                : pct(r.estimate()) + " (95% interval " + pct(r.lower()) + " to " + pct(r.upper()) + ")";
    }

    /** A statistic to 3 decimal places, or that it cannot be computed. */
    public String stat(@Nullable Double d) {
        return d == null ? "Cannot be computed" : String.format(Locale.UK, "%.3f", d);
    }

    /** "MAGISTRACY" as "Magistracy", "PCC_OFFICE" as "PCC office". */
    public String agency(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.UK).replace("pcc", "PCC");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pct(double p) {
        return String.format(Locale.UK, "%.1f%%", p * 100);
    }
}
