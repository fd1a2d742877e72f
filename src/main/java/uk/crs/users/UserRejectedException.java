package uk.crs.users;

/** An account that cannot be added as asked: an invalid name, role, force or password, or a name already taken. */
public final class UserRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public UserRejectedException(String field, String reason) {
        super(reason);
        this.field = field;
        this.reason = reason;
    }

    /** What was wrong, naming the input first, e.g. "force: unknown force 'durhm'; ...". */
    public String reason() {
        return reason;
    }

    /** Which input was wrong: {@code username}, {@code role}, {@code force} or {@code password}. */
    public String field() {
        return field;
    }
}
