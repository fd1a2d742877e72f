package uk.crs.scrutiny;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import uk.crs.audit.AuditLog;

/**
 * A commitment to a draw's seed: its SHA-256 is recorded before the manifest is frozen and the seed itself
 * revealed afterwards, so nobody can choose a seed that favours the cases they know are in the manifest.
 */
public record SeedCommitment(String sha256) {

    /** Commits to a seed. */
    public static SeedCommitment to(String seed) {
        if (seed.isBlank()) {
            throw new IllegalArgumentException("a seed must not be blank");
        }
        return new SeedCommitment(AuditLog.digest(seed));
    }

    /** Whether a revealed seed is the one committed to (compared in constant time). */
    public boolean matches(String seed) {
        return MessageDigest.isEqual(
                sha256.getBytes(StandardCharsets.US_ASCII),
                AuditLog.digest(seed).getBytes(StandardCharsets.US_ASCII));
    }
}
