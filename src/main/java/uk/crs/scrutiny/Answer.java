package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

/**
 * What a scrutiny use case answers: the value, or a refusal naming why. Refusals are values, not exceptions, so that
 * each adapter maps them once (a REST problem, a page's error summary) and the audit records them.
 */
public sealed interface Answer<T> permits Answer.Done, Answer.Refused {

    /** The use case did what was asked. */
    record Done<T>(T value) implements Answer<T> {
        public Done {
            requireNonNull(value, "value");
        }
    }

    /**
     * The use case refused and changed nothing.
     *
     * @param code stable and lower-case with hyphens (used as the problem type), e.g. {@code not-chair}
     */
    record Refused<T>(Kind kind, String code, String message) implements Answer<T> {
        public Refused {
            requireNonNull(kind, "kind");
            requireNonNull(code, "code");
            requireNonNull(message, "message");
        }

        /** The same refusal as an answer of another type. */
        public <U> Refused<U> as() {
            return new Refused<>(kind, code, message);
        }
    }

    /** Why a request was refused, as adapters map it: 404, 403, 409 or 400. */
    enum Kind {
        /** The thing does not exist, or the user may not know that it does (another panel's meeting). */
        NOT_FOUND,
        /** The user may not do this. */
        FORBIDDEN,
        /** Not now: the state of the meeting, sample or case does not allow it. */
        CONFLICT,
        /** The request itself is wrong. */
        INVALID
    }

    static <T> Answer<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Answer<T> notFound(String code, String message) {
        return new Refused<>(Kind.NOT_FOUND, code, message);
    }

    static <T> Answer<T> forbidden(String code, String message) {
        return new Refused<>(Kind.FORBIDDEN, code, message);
    }

    static <T> Answer<T> conflict(String code, String message) {
        return new Refused<>(Kind.CONFLICT, code, message);
    }

    static <T> Answer<T> invalid(String code, String message) {
        return new Refused<>(Kind.INVALID, code, message);
    }
}
