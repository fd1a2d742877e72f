package uk.crs.users;

/** An account that cannot be added as asked: an invalid name, role, force or password, or a name already taken. */
public final class UserRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public UserRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Which input was wrong: {@code username}, {@code role}, {@code force} or {@code password}. */
    public String field() {
        return field;
    }
}
