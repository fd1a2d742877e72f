package uk.crs.web.pages;

import org.springframework.http.HttpStatus;

/** A page cannot be shown to this user: the status (403 or 404) chooses the GOV.UK-style error page. */
final class PageRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    PageRefused(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static PageRefused notFound(String message) {
        return new PageRefused(HttpStatus.NOT_FOUND, message);
    }

    static PageRefused forbidden(String message) {
        return new PageRefused(HttpStatus.FORBIDDEN, message);
    }
}
