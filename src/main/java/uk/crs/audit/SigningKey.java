package uk.crs.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The Ed25519 key that signs audit checkpoints, kept outside the database: {@code audit-signing.key} (PKCS#8, base64,
 * readable by its owner only) and {@code audit-signing.pub} (X.509, base64) in the given directory. Someone who
 * controls the database but not this file cannot sign a checkpoint for a rewritten log.
 */
public final class SigningKey {

    public static final String PRIVATE_FILE = "audit-signing.key";
    public static final String PUBLIC_FILE = "audit-signing.pub";

    private SigningKey() {}

    /** The key pair in the directory, created (owner-only) on first use. */
    public static KeyPair loadOrCreate(Path directory) throws IOException {
        Path secret = directory.resolve(PRIVATE_FILE);
        Path shared = directory.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(secret)) {
                KeyPair created = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(directory);
                write(secret, created.getPrivate().getEncoded(), PosixFilePermissions.fromString("rw-------"));
                write(shared, created.getPublic().getEncoded(), PosixFilePermissions.fromString("rw-r--r--"));
                return created;
            }
            if (Files.getFileAttributeView(secret, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(secret);
                if (permissions.stream()
                        .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new IOException(
                            secret + " can be read by others (" + PosixFilePermissions.toString(permissions)
                                    + "); make it readable by its owner only: chmod 600 " + secret);
                }
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            return new KeyPair(
                    keys.generatePublic(new X509EncodedKeySpec(read(shared))),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(read(secret))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(
                    "the audit signing key in " + directory + " cannot be read as Ed25519 ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static void write(Path file, byte[] encoded, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(permissions));
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists without its partner file; move it away first", e);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(encoded) + "\n", StandardCharsets.US_ASCII);
    }

    private static byte[] read(Path file) throws IOException {
        return Base64.getDecoder()
                .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }
}
