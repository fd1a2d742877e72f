package uk.crs.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash that links an audit entry into the chain: SHA-256 over an unambiguous encoding of every other field.
 *
 * <p>Encoding (version 1): the tag {@code crs-audit-v1}, then each field in the order sequence, time, actor, role,
 * force, case, action, result, payload digest, previous hash, written as its UTF-8 byte length, a colon and the bytes;
 * a null case is written as {@code -}. Numbers are decimal; the time is microseconds since 1970-01-01T00:00Z (the
 * precision both stores keep). Length prefixes mean no choice of field values can make two entries encode alike.
 * Changing this encoding invalidates every stored chain: do not change it without a new version tag and a migration.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    /** The entry's time as the stores keep it: truncated to microseconds. */
    static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(
            long sequence,
            Instant at,
            String actor,
            String role,
            String force,
            @Nullable String caseId,
            String action,
            String result,
            String payloadDigest,
            String previousHash) {
        StringBuilder canonical = new StringBuilder("crs-audit-v1");
        field(canonical, Long.toString(sequence));
        field(canonical, Long.toString(epochMicros(at)));
        field(canonical, actor);
        field(canonical, role);
        field(canonical, force);
        if (caseId == null) {
            canonical.append('-');
        } else {
            field(canonical, caseId);
        }
        field(canonical, action);
        field(canonical, result);
        field(canonical, payloadDigest);
        field(canonical, previousHash);
        return sha256(canonical.toString());
    }

    static String of(AuditEntry e) {
        return of(
                e.sequence(),
                e.at(),
                e.actor(),
                e.role(),
                e.force(),
                e.caseId(),
                e.action(),
                e.result(),
                e.payloadDigest(),
                e.previousHash());
    }

    static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
}
