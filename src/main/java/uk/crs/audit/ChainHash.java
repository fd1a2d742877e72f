package uk.crs.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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

    /** The hash of the entry that records the event at this place in the chain. */
    static String of(long sequence, Instant at, AuditEvent event, String previousHash) {
        return encode(
                sequence,
                at,
                Arrays.asList(
                        event.actor(),
                        event.role(),
                        event.force(),
                        event.caseId(),
                        event.action(),
                        event.result(),
                        event.payloadDigest(),
                        previousHash));
    }

    /**
     * The hash the stored entry should carry, recomputed from its other fields as stored (not through
     * {@link AuditEntry#event()}, whose checks a tampered entry may fail).
     */
    static String of(AuditEntry e) {
        return encode(
                e.sequence(),
                e.at(),
                Arrays.asList(
                        e.actor(),
                        e.role(),
                        e.force(),
                        e.caseId(),
                        e.action(),
                        e.result(),
                        e.payloadDigest(),
                        e.previousHash()));
    }

    /** Only the case may be null (written as {@code -}); the other fields are never null. */
    private static String encode(long sequence, Instant at, List<@Nullable String> fields) {
        StringBuilder canonical = new StringBuilder("crs-audit-v1");
        field(canonical, Long.toString(sequence));
        field(canonical, Long.toString(epochMicros(at)));
        for (String value : fields) {
            if (value == null) {
                canonical.append('-');
            } else {
                field(canonical, value);
            }
        }
        return sha256(canonical.toString());
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
