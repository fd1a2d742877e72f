package uk.crs.web.pages;

import org.jspecify.annotations.Nullable;

/** One row of a case's GOV.UK task list: a name, where to do it (if it can be done now) and its status. */
record Task(String name, @Nullable String href, String status, String tag) {

    static Task done(String name, String status) {
        return new Task(name, null, status, "");
    }

    static Task todo(String name, String href) {
        return new Task(name, href, "Not yet started", "govuk-tag--blue");
    }

    static Task waiting(String name, String status) {
        return new Task(name, null, status, "govuk-tag--grey");
    }
}
