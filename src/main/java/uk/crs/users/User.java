package uk.crs.users;

import static java.util.Objects.requireNonNull;

/** A person who may sign in to crs, with the role and the force (by slug) they act for. */
public record User(String username, Role role, String force) {

    public User {
        requireNonNull(username, "username");
        requireNonNull(role, "role");
        requireNonNull(force, "force");
    }
}
