package uk.crs.users;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.crs.audit.AuditEntry;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.audit.RecordCheck;
import uk.crs.forces.Forces;

/** The accounts in the case store: adding them, finding them, and signing them in through Spring Security. */
@Component
@DependsOnDatabaseInitialization
public class Users implements UserDetailsService {

    /** Lower-case letters, digits, dots, hyphens and underscores; starts with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The shortest password {@code crs users add} accepts; demo accounts are the documented exception. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** bcrypt ignores everything after 72 bytes, so longer passwords are refused rather than silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    /** The audit action of an account being added; its entry carries the digest of the account's row. */
    public static final String ADD_ACTION = "USER_ADD";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public Users(DataSource dataSource, PasswordEncoder encoder) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.encoder = encoder;
        this.audit = new AuditLog(dataSource);
        this.tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Adds an account with a password of at least {@link #MIN_PASSWORD_LENGTH} characters. */
    public User add(String username, Role role, String force, String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserRejectedException(
                    "password",
                    "password: expected at least " + MIN_PASSWORD_LENGTH + " characters, found "
                            + rawPassword.length());
        }
        return insert(username, role, force, rawPassword);
    }

    /** Adds an account with any non-empty password; only for the documented demo accounts. */
    User addDemo(String username, Role role, String force, String rawPassword) {
        return insert(username, role, force, rawPassword);
    }

    private User insert(String username, Role role, String force, String rawPassword) {
        check(username, force, rawPassword);
        String hash = encoder.encode(rawPassword);
        try {
            // the account and the audit entry vouching for its row commit together
            tx.executeWithoutResult(status -> {
                jdbc.update(
                        "INSERT INTO user_account (username, password_hash, user_role, force_slug) VALUES (?, ?, ?, ?)",
                        username,
                        hash,
                        role.name(),
                        force);
                audit.append(
                        new AuditEvent("system", "SYSTEM", force, username, ADD_ACTION, "ACCEPTED", digest(username)),
                        Instant.now());
            });
        } catch (DuplicateKeyException e) {
            throw new UserRejectedException("username", "username: '" + username + "' already exists");
        }
        return new User(username, role, force);
    }

    /** The digest of the account's row (password hash included), as its audit entries carry it. */
    private String digest(String username) {
        return audit.rows()
                .add("user", "SELECT * FROM user_account WHERE username = ?", username)
                .digest();
    }

    /**
     * Checks every account against the last audit entry about it: an account added or changed in the tables (a
     * promotion, a new password hash, a forged account) disagrees with it.
     */
    public RecordCheck verify() {
        long from = RecordCheck.digestsFrom(jdbc);
        Map<String, AuditEntry> last = audit.lastAccepted(List.of(ADD_ACTION));
        long checked = 0;
        long predating = 0;
        for (String username : jdbc.queryForList("SELECT username FROM user_account ORDER BY username", String.class)) {
            AuditEntry entry = last.get(username);
            if (entry == null && from > 1) {
                predating++;
                continue;
            }
            if (entry == null) {
                return new RecordCheck(
                        "users",
                        checked,
                        predating,
                        "user " + username + " has no audit entry: it was not added through crs");
            }
            if (!digest(username).equals(entry.payloadDigest())) {
                return new RecordCheck(
                        "users",
                        checked,
                        predating,
                        "user " + username + " disagrees with audit entry " + entry.sequence()
                                + ": its role, force, password or status was changed outside crs");
            }
            checked++;
        }
        return new RecordCheck("users", checked, predating, null);
    }

    /** Checks the form of a username, e.g. before asking for a password. */
    public static void checkName(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new UserRejectedException(
                    "username",
                    "username: expected 1 to 64 lower-case letters, digits, '.', '-' or '_' starting with a letter"
                            + " or digit, found '" + username + "'");
        }
    }

    private void check(String username, String force, String rawPassword) {
        checkName(username);
        if (!Forces.standard().recordsCases(force)) {
            throw new UserRejectedException(
                    "force",
                    "force: unknown force '" + force
                            + "'; expected a data.police.uk slug such as durham, cleveland or metropolitan");
        }
        if (rawPassword.isEmpty() || rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserRejectedException(
                    "password", "password: expected 1 to " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        if (find(username).isPresent()) {
            throw new UserRejectedException("username", "username: '" + username + "' already exists");
        }
    }

    /** The account with this name, if any. */
    public Optional<User> find(String username) {
        return details(username).map(SignedInUser::user);
    }

    /** The crs user behind a Spring Security authentication, if it is one. */
    public Optional<User> signedIn(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return find(authentication.getName());
    }

    /** The crs user behind an authenticated request; Spring answers 401 when there is none. */
    public User current(@Nullable Authentication authentication) {
        return signedIn(authentication)
                .orElseThrow(() -> new InsufficientAuthenticationException("not signed in as a crs user"));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return details(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    private Optional<SignedInUser> details(String username) {
        List<SignedInUser> found = jdbc.query(
                "SELECT username, password_hash, user_role, force_slug, enabled FROM user_account WHERE username = ?",
                (rs, n) -> new SignedInUser(
                        new User(rs.getString(1), Role.valueOf(rs.getString(3)), rs.getString(4)),
                        rs.getString(2),
                        rs.getBoolean(5)),
                username);
        return found.stream().findFirst();
    }
}
