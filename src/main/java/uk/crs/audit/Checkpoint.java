package uk.crs.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signed statement of the audit log's length and head hash, for publishing (to the police and crime commissioner,
 * say) where the database's administrators cannot change it. Because every entry's hash covers the one before, a log
 * whose entry {@code entries} still has the hash {@code head} extends the checkpoint unchanged; a rewrite of any entry
 * up to it, even one that recomputes every later hash, changes that hash.
 *
 * <p>File format (UTF-8 text, version 1): six lines {@code crs audit checkpoint v1}, {@code entries: N},
 * {@code head: <64 hex>}, {@code at: <ISO instant>}, {@code key: <base64 X.509 Ed25519 public key>}, and
 * {@code signature: <base64 Ed25519 signature over the first five lines, each ended by a newline>}.
 */
public record Checkpoint(long entries, String head, Instant at, PublicKey key, byte[] signature) {

    static final String TITLE = "crs audit checkpoint v1";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Checkpoint {
        requireNonNull(head, "head");
        requireNonNull(at, "at");
        requireNonNull(key, "key");
        signature = signature.clone();
    }

    /** Signs the log's length and head hash as they are at {@code at}. */
    public static Checkpoint sign(long entries, String head, Instant at, PrivateKey secret, PublicKey key) {
        String body = body(entries, head, at, key);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(secret);
            signer.update(body.getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(entries, head, at, key, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the checkpoint with the audit signing key", e);
        }
    }

    /** The checkpoint as its file holds it. */
    public String text() {
        return body(entries, head, at, key) + "signature: "
                + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** Whether the signature is the key's over the checkpoint's contents. */
    public boolean signedByItsKey() {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(body(entries, head, at, key).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The SHA-256 of the public key's encoding, to compare with the published one. */
    public String keyFingerprint() {
        return fingerprint(key);
    }

    public static String fingerprint(PublicKey key) {
        return ChainHash.sha256(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /** Reads a checkpoint file, or says which line is wrong. */
    public static Checkpoint parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() != 6 || !lines.get(0).equals(TITLE)) {
            throw new IllegalArgumentException("expected six lines starting with '" + TITLE + "', found " + lines.size()
                    + " line(s)" + (lines.isEmpty() ? "" : " starting with '" + clip(lines.get(0)) + "'"));
        }
        try {
            long entries = Long.parseLong(value(lines, 1, "entries"));
            if (entries < 0) {
                throw new IllegalArgumentException("line 2: entries must not be negative, found " + entries);
            }
            String head = value(lines, 2, "head");
            if (!HEX.matcher(head).matches()) {
                throw new IllegalArgumentException("line 3: head must be 64 lower-case hex digits");
            }
            Instant at = Instant.parse(value(lines, 3, "at"));
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(value(lines, 4, "key"))));
            byte[] signature = Base64.getDecoder().decode(value(lines, 5, "signature"));
            return new Checkpoint(entries, head, at, key, signature);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line 2: entries must be a whole number", e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line 4: at must be an instant such as 2026-12-01T22:00:00Z", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("line ")) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("line 5 or 6: the key or signature is not valid base64 Ed25519", e);
        }
    }

    /**
     * Whether the log, as the chain head and the entry at the checkpoint's length show it, still extends this
     * checkpoint; empty when it does, else the reason.
     */
    public Optional<String> extendedBy(long logEntries, Optional<AuditEntry> entryAtCheckpoint) {
        if (logEntries < entries) {
            return Optional.of("the log has " + logEntries + " entries, fewer than the " + entries
                    + " the checkpoint of " + at + " holds: entries were removed");
        }
        String found = entries == 0
                ? ChainHash.GENESIS
                : entryAtCheckpoint.map(AuditEntry::hash).orElse("(missing)");
        if (!found.equals(head)) {
            return Optional.of("entry " + entries + " has the hash " + found + " but the checkpoint of " + at
                    + " recorded " + head + ": the log up to entry " + entries + " was rewritten");
        }
        return Optional.empty();
    }

    private static String body(long entries, String head, Instant at, PublicKey key) {
        return TITLE + "\n" + "entries: " + entries + "\n" + "head: " + head + "\n" + "at: " + at + "\n" + "key: "
                + Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
    }

    private static String value(List<String> lines, int index, String name) {
        String line = lines.get(index);
        String prefix = name + ": ";
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException(
                    "line " + (index + 1) + ": expected '" + prefix + "…', found '" + clip(line) + "'");
        }
        return line.substring(prefix.length()).strip();
    }

    private static String clip(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
