package uk.crs.web.pages;

import uk.crs.analytics.records.ReconciliationOutput;

/** Reconciliation reason codes in plain words: the same words as {@code crs reconcile --format html}. */
final class ReasonWords {

    private ReasonWords() {}

    static String of(String code) {
        return ReconciliationOutput.meaning(code);
    }
}
