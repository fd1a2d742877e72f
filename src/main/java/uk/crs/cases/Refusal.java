package uk.crs.cases;

import static java.util.Objects.requireNonNull;

/** A business "no" to a command on a case: which kind, and a message that says what was expected and found. */
public record Refusal(Kind kind, String message) {

    public Refusal {
        requireNonNull(kind, "kind");
        requireNonNull(message, "message");
    }

    /**
     * Kinds of refusal. The names are written to the audit log's result column and mapped to problem types: do not
     * change them without updating the error mapper and the audit readers.
     */
    public enum Kind {
        ROLE_NOT_PERMITTED,
        SELF_AUTHORISATION,
        INSUFFICIENT_RANK,
        TRANSITION_NOT_ALLOWED,
        CONFLICT,
        NOT_FOUND
    }
}
