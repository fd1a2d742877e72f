package uk.crs.web.pages;

import java.util.Locale;

/**
 * The one place where the /analysis/records pages decide how a count from a force's own records (non-public data) is
 * shown: every count on those pages goes through {@link #count(long)}. A count from 1 to 9 is withheld and shown as
 * "&lt;10"; zero is shown because it discloses no one. Rates and shares built on a withheld count are withheld too
 * ({@link Shown#hidden()}).
 *
 * <p>Threshold: 10, the same as the open-data report's public outputs ({@code uk.crs.analytics.report.Disclosure}),
 * itself a project default (placeholder) after the ONS/GSS practice of suppressing small cells. This class is meant to
 * be switched to the analysis feature's disclosure-control entry point when that exists: only this method changes.
 */
final class RecordsDisclosure {

    static final int THRESHOLD = 10;

    private RecordsDisclosure() {}

    /** How one count is shown, and whether it was withheld. */
    record Shown(String text, boolean hidden) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Shown count(long count) {
        long size = Math.abs(count);
        if (size > 0 && size < THRESHOLD) {
            return new Shown(count < 0 ? "-<10" : "<10", true);
        }
        return new Shown(String.format(Locale.UK, "%,d", count), false);
    }
}
