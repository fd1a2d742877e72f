package uk.crs.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log as stored: the event, its place in the chain and the hashes that link it.
 *
 * @param sequence 1 for the first entry, then each entry one more than the last
 * @param previousHash the hash of entry {@code sequence - 1}, or 64 zeros for the first entry
 * @param hash SHA-256 over the {@link ChainHash canonical encoding} of every other field
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String actor,
        String role,
        String force,
        @Nullable String caseId,
        String action,
        String result,
        String payloadDigest,
        String previousHash,
        String hash) {

    public AuditEntry {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(role, "role");
        requireNonNull(force, "force");
        requireNonNull(action, "action");
        requireNonNull(result, "result");
        requireNonNull(payloadDigest, "payloadDigest");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
    }

    /** The event this entry records. */
    public AuditEvent event() {
        return new AuditEvent(actor, role, force, caseId, action, result, payloadDigest);
    }
}
