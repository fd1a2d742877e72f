package uk.crs.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;

/**
 * Failed sign-ins counted per account name and per client address, over a sliding window. An account name with
 * {@link #ACCOUNT_FAILURES} failures in {@link #WINDOW}, or an address with {@link #ADDRESS_FAILURES}, is locked for
 * {@link #LOCK}: every sign-in with that name or from that address is then refused, right password or not, and the
 * lockout is audited. Names that do not exist are counted and locked exactly like real ones, so the answers never
 * tell whether an account exists.
 *
 * <p>Thresholds: placeholders in the spirit of NCSC password guidance ("throttle or lock out after a small number of
 * failed attempts", suggesting around 10) and OWASP's authentication cheat sheet; not taken from any police standard.
 * Counts are kept in this node's memory: with several nodes each enforces its own count.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    /** Beyond this many tracked names or addresses, stale ones are dropped first. */
    private static final int TRACKED = 100_000;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final Clock clock;
    private final AuditLog audit;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** How long sign-ins with this name or from this address stay refused; empty when they may be tried. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accounts.get(key(username)), now);
        Duration from = remaining(addresses.get(address), now);
        Duration longer = account.compareTo(from) >= 0 ? account : from;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        tidy(accounts, now);
        tidy(addresses, now);
        if (accounts.computeIfAbsent(key(username), k -> new Failures()).add(now, ACCOUNT_FAILURES)) {
            lockout("account", actor(username), "account:" + key(username), now);
        }
        if (addresses.computeIfAbsent(address, k -> new Failures()).add(now, ADDRESS_FAILURES)) {
            lockout("address", "(address)", "address:" + address, now);
        }
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    private void lockout(String what, String actor, String subject, Instant now) {
        // the address and any mistyped name are personal data: the entry keeps only their digest
        audit.append(
                new AuditEvent(
                        actor,
                        "NONE",
                        "-",
                        null,
                        "SIGN_IN_LOCKOUT",
                        "LOCKED_" + what.toUpperCase(java.util.Locale.ROOT),
                        AuditLog.digest(subject)),
                now);
        LOG.warn("sign-ins locked for {} minutes after repeated failures ({})", LOCK.toMinutes(), what);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String actor(String username) {
        String name = key(username);
        return USERNAME.matcher(name).matches() ? name : "(not an account name)";
    }

    private static Duration remaining(@Nullable Failures failures, Instant now) {
        return failures == null ? Duration.ZERO : failures.lockedFor(now);
    }

    private static void tidy(Map<String, Failures> tracked, Instant now) {
        if (tracked.size() > TRACKED) {
            tracked.values().removeIf(f -> f.stale(now));
            if (tracked.size() > TRACKED) {
                tracked.clear();
            }
        }
    }

    /** One name's or address's recent failures and lock. */
    private static final class Failures {
        private final Deque<Instant> recent = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        /** Counts a failure; true when it starts a lock. */
        synchronized boolean add(Instant now, int limit) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            recent.addLast(now);
            if (recent.size() >= limit && !now.isBefore(lockedUntil)) {
                lockedUntil = now.plus(LOCK);
                recent.clear();
                return true;
            }
            return false;
        }

        synchronized Duration lockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean stale(Instant now) {
            return !now.isBefore(lockedUntil)
                    && (recent.isEmpty() || recent.peekLast().isBefore(now.minus(WINDOW)));
        }
    }
}
