package uk.crs.store;

/** The embedded PostgreSQL server could not be prepared, started, stopped or reached; the message says why. */
public class EmbeddedStoreException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public EmbeddedStoreException(String message) {
        super(message);
        this.reason = message;
    }

    public EmbeddedStoreException(String message, Throwable cause) {
        super(message, cause);
        this.reason = message;
    }

    /** The message, for a person: what failed and what to do. */
    public String reason() {
        return reason;
    }
}
