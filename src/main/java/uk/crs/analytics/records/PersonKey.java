package uk.crs.analytics.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that pseudonymises {@code person_ref}: HMAC-SHA-256 (RFC 2104) under 32 random bytes generated once and kept
 * in {@code $CRS_HOME/person-key}, readable and writable by its owner only. The same person gets the same key in every
 * extract loaded into the same home, so re-offending can follow them; without the key file the refs cannot be
 * recovered by hashing guesses. Losing the file breaks the link between old and new extracts.
 */
public final class PersonKey {

    static final String FILE_NAME = "person-key";

    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SecretKeySpec key;

    private PersonKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The key of {@code home}, generated on first use; refused if others can read it. */
    public static PersonKey of(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    Files.writeString(file, HexFormat.of().formatHex(bytes) + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException e) {
                    // Another process created it first: use theirs.
                }
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IllegalStateException("the pseudonymisation key " + file + " must be readable by its owner"
                        + " only (it is " + PosixFilePermissions.toString(permissions) + "); run chmod 600 on it");
            }
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException("the pseudonymisation key " + file + " is damaged (expected 64 hex"
                        + " digits); restore it from a backup, or people will not link across extracts");
            }
            return new PersonKey(HexFormat.of().parseHex(hex));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonymisation key " + file, e);
        }
    }

    /** The pseudonym of a person reference (trimmed): 64 hex digits. */
    public String pseudonym(String personRef) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(personRef.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
