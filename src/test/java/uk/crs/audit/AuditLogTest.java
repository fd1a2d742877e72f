package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.crs.testing.TestStores;

/** Appending to and verifying the audit log on the embedded store. */
class AuditLogTest {

    private static final Instant T0 = Instant.parse("2026-11-21T09:00:00.123456789Z");

    private final DataSource store = TestStores.postgres("audit_log");
    private final AuditLog log = new AuditLog(store);

    @Test
    void anEmptyLogVerifiesWithNoEntries() {
        assertThat(log.verify()).isEqualTo(new Verification.Intact(0));
    }

    @Test
    void chainsEachEntryToTheOneBefore() {
        AuditEntry first = log.append(event("case-1", "case.create"), T0);
        AuditEntry second = log.append(event("case-1", "case.authorise"), T0.plusSeconds(60));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(second.hash());
        assertThat(log.verify()).isEqualTo(new Verification.Intact(2));
    }

    @Test
    void keepsTheTimeToTheMicrosecond() {
        AuditEntry entry = log.append(event("case-1", "case.create"), T0);

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-21T09:00:00.123456Z"));
        assertThat(log.forCase("case-1")).containsExactly(entry);
    }

    @Test
    void listsACasesEntriesOldestFirst() {
        AuditEntry a = log.append(event("case-1", "case.create"), T0);
        log.append(event("case-2", "case.create"), T0);
        log.append(event(null, "audit.verify"), T0);
        AuditEntry b = log.append(event("case-1", "case.read"), T0);

        assertThat(log.forCase("case-1")).containsExactly(a, b);
        assertThat(log.forCase("case-9")).isEmpty();
    }

    @Test
    void commitsAndRollsBackWithTheCallersTransaction() {
        JdbcTemplate jdbc = new JdbcTemplate(store);
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(store));

        // store_info stands in for a case table: the change and its audit entry must stand or fall together.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.update("INSERT INTO store_info (item, content) VALUES ('probe', 'rolled back')");
                    log.append(event("case-1", "case.create"), T0);
                    throw new IllegalStateException("the case change failed after its audit entry");
                }))
                .hasMessageContaining("case change failed");
        assertThat(log.verify()).isEqualTo(new Verification.Intact(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM store_info WHERE item = 'probe'", Long.class))
                .isZero();

        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO store_info (item, content) VALUES ('probe', 'committed')");
            log.append(event("case-1", "case.create"), T0);
        });
        assertThat(log.verify()).isEqualTo(new Verification.Intact(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM store_info WHERE item = 'probe'", Long.class))
                .isOne();
    }

    @Test
    void digestIsSha256InHex() {
        // Known answer: SHA-256("abc") from FIPS 180-2, appendix B.1.
        assertThat(AuditLog.digest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesAPayloadInsteadOfADigest() {
        assertThatThrownBy(() -> new AuditEvent("officer", "OFFICER", "durham", "c", "case.create", "OK", "Jane Doe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payloadDigest");
    }

    @Test
    void hashesEachEntryByTheDocumentedVersion1Encoding() throws Exception {
        AuditEntry first = log.append(event("case-1", "case.create"), T0);
        AuditEntry second = log.append(event(null, "audit.verify"), T0);

        // Written out here from ChainHash's Javadoc, independently of the code that computes it.
        String micros = Long.toString(T0.getEpochSecond() * 1_000_000L + 123_456L);
        String time = micros.length() + ":" + micros;
        String firstEncoding = "crs-audit-v1" + "1:1" + time + "7:officer" + "7:OFFICER" + "6:durham" + "6:case-1"
                + "11:case.create" + "2:OK" + "64:" + AuditLog.digest("case.create") + "64:" + "0".repeat(64);
        String secondEncoding = "crs-audit-v1" + "1:2" + time + "7:officer" + "7:OFFICER" + "6:durham" + "-"
                + "12:audit.verify" + "2:OK" + "64:" + AuditLog.digest("audit.verify") + "64:" + first.hash();

        assertThat(first.hash()).isEqualTo(sha256(firstEncoding));
        assertThat(second.hash()).isEqualTo(sha256(secondEncoding));
    }

    private static String sha256(String text) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    static AuditEvent event(@Nullable String caseId, String action) {
        return new AuditEvent("officer", "OFFICER", "durham", caseId, action, "OK", AuditLog.digest(action));
    }
}
