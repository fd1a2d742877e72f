package uk.crs.scrutiny;

import uk.crs.scrutiny.internal.ScrutinyJson;

/** Reads a stored pack in tests. */
final class ScrutinyJsonAccess {

    private ScrutinyJsonAccess() {}

    static Pack pack(String json) {
        return ScrutinyJson.pack(json);
    }
}
