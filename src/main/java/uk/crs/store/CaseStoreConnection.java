package uk.crs.store;

import static java.util.Objects.requireNonNull;

/** How to connect to the case store: a PostgreSQL JDBC URL and an account. */
public record CaseStoreConnection(String url, String user, String password) {

    public CaseStoreConnection {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "CaseStoreConnection[" + url + " as " + user + "]";
    }
}
