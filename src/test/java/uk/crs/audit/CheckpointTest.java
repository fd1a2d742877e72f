package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed checkpoints: what they hold, what they prove, and what a changed one looks like. */
class CheckpointTest {

    private static final Instant AT = Instant.parse("2026-12-01T22:00:00Z");
    private static final String HEAD = "ab".repeat(32);

    @Test
    void readsBackWhatItSignedAndProvesTheLogExtendsIt(@TempDir Path home) throws Exception {
        KeyPair keys = SigningKey.loadOrCreate(home);
        Checkpoint written = Checkpoint.sign(7, HEAD, AT, keys.getPrivate(), keys.getPublic());
        Checkpoint read = Checkpoint.parse(written.text());

        assertThat(read.signedByItsKey()).isTrue();
        assertThat(read.entries()).isEqualTo(7);
        assertThat(read.extendedBy(9, Optional.of(entry(7, HEAD)))).isEmpty();
        assertThat(read.extendedBy(9, Optional.of(entry(7, "cd".repeat(32)))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("entry 7", "was rewritten"));
        assertThat(read.extendedBy(5, Optional.empty()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("fewer than the 7"));
    }

    @Test
    void anEditedCheckpointNoLongerMatchesItsSignature(@TempDir Path home) throws Exception {
        KeyPair keys = SigningKey.loadOrCreate(home);
        String text = Checkpoint.sign(7, HEAD, AT, keys.getPrivate(), keys.getPublic())
                .text();

        assertThat(Checkpoint.parse(text.replace("entries: 7", "entries: 6")).signedByItsKey())
                .isFalse();
        assertThat(Checkpoint.parse(text.replace(HEAD, "cd".repeat(32))).signedByItsKey())
                .isFalse();
        assertThatThrownBy(() -> Checkpoint.parse("hello\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crs audit checkpoint v1");
        assertThatThrownBy(() -> Checkpoint.parse(text.replace("entries: 7", "entries: seven")))
                .hasMessageStartingWith("line 2");
    }

    @Test
    void keepsThePrivateKeyReadableByItsOwnerOnlyAndRefusesOneOthersCanRead(@TempDir Path home) throws Exception {
        KeyPair created = SigningKey.loadOrCreate(home);
        Path secret = home.resolve(SigningKey.PRIVATE_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");
        assertThat(SigningKey.loadOrCreate(home).getPublic()).isEqualTo(created.getPublic());

        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> SigningKey.loadOrCreate(home)).hasMessageContaining("chmod 600");
    }

    private static AuditEntry entry(long sequence, String hash) {
        return new AuditEntry(
                sequence,
                AT,
                "officer",
                "OFFICER",
                "durham",
                null,
                "CREATE",
                "ACCEPTED",
                "0".repeat(64),
                "0".repeat(64),
                hash);
    }
}
