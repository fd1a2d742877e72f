package uk.crs.web.pages;

import java.util.Locale;

/**
 * How the /analysis/records pages show a count. No count is withheld: pathways and re-offending counts arrive already
 * perturbed by the cell key method ({@code uk.crs.disclosure}, applied where the records are tabulated, in {@code
 * analytics.pathways} and {@code analytics.reoffending}), and the reconciliation statement is internal (true counts,
 * marked so on the page). {@link #PAGES} says so on the index page.
 */
final class RecordsDisclosure {

    static final String PAGES = "Disclosure control: pathways and re-offending counts are perturbed by the cell key"
            + " method ONS used for Census 2021 (each count may differ from the true count by up to 2, zero stays zero,"
            + " small counts are shown rather than withheld, totals and shares are built from the published counts),"
            + " the same as crs compliance; the reconciliation statement shows true counts and crime references, for"
            + " follow-up inside the force only. Each page states its method in full.";

    private RecordsDisclosure() {}

    /** How one count is shown. */
    record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Shown count(long count) {
        return new Shown(String.format(Locale.UK, "%,d", count));
    }
}
