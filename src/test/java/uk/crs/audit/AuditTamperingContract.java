package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What verification must catch when someone with full access edits the audit table in SQL, on each store: every
 * update, delete or reorder is reported at the entry it touched.
 */
abstract class AuditTamperingContract {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    AuditLog log;
    JdbcTemplate superuser;

    /** A freshly migrated store for the application to use. */
    abstract DataSource applicationStore();

    /** The same store, connected as a superuser who may do anything to it. */
    abstract DataSource superuserStore();

    @BeforeEach
    void fiveEntries() {
        log = new AuditLog(applicationStore());
        superuser = new JdbcTemplate(superuserStore());
        for (int i = 1; i <= 5; i++) {
            log.append(
                    new AuditEvent(
                            "officer",
                            "OFFICER",
                            "durham",
                            i % 2 == 0 ? null : "case-" + i,
                            "case.create",
                            "OK",
                            AuditLog.digest("payload " + i)),
                    T0.plusSeconds(i));
        }
        assertThat(log.verify()).isEqualTo(new Verification.Intact(5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "actor = 'someone-else'",
                "actor_role = 'SUPERINTENDENT'",
                "force_slug = 'cleveland'",
                "case_id = 'case-99'",
                "action = 'case.withdraw'",
                "result = 'REFUSED'",
                "payload_digest = '" + "ab" + "0000000000000000000000000000000000000000000000000000000000cd'",
                "recorded_at = recorded_at + INTERVAL '1' SECOND",
                "previous_hash = entry_hash",
                "entry_hash = previous_hash"
            })
    void findsAnUpdatedFieldAtThatEntry(String change) {
        superuser.update("UPDATE audit.audit_log SET " + change + " WHERE sequence_no = 3");

        Verification result = log.verify();
        assertThat(result).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) result).firstBrokenEntry()).isEqualTo(3);
    }

    @Test
    void findsAnUpdatedFieldOfAnEntryWithoutACase() {
        superuser.update("UPDATE audit.audit_log SET case_id = 'case-4' WHERE sequence_no = 4");

        assertBrokenAt(4, "altered");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 5})
    void findsADeletedEntryAtThatEntry(long deleted) {
        superuser.update("DELETE FROM audit.audit_log WHERE sequence_no = ?", deleted);

        assertBrokenAt(deleted, "missing");
    }

    @Test
    void findsEntriesSwappedInOrderAtTheFirstOfThem() {
        // Swap the sequence numbers of entries 2 and 4 (via a spare number, as the key is unique).
        superuser.update("UPDATE audit.audit_log SET sequence_no = -4 WHERE sequence_no = 4");
        superuser.update("UPDATE audit.audit_log SET sequence_no = 4 WHERE sequence_no = 2");
        superuser.update("UPDATE audit.audit_log SET sequence_no = 2 WHERE sequence_no = -4");

        assertBrokenAt(2, "does not follow entry 1");
    }

    @Test
    void findsAnEntryRenumberedToCloseTheGapLeftByADeletion() {
        superuser.update("DELETE FROM audit.audit_log WHERE sequence_no = 3");
        superuser.update("UPDATE audit.audit_log SET sequence_no = sequence_no - 1 WHERE sequence_no > 3");
        superuser.update("UPDATE audit.audit_head SET last_sequence = 4");

        assertBrokenAt(3, "does not follow entry 2");
    }

    @Test
    void keepsVerifyingAfterFurtherAppendsWhenUntouched() {
        log.append(new AuditEvent("auditor", "AUDITOR", "durham", null, "audit.verify", "OK", AuditLog.digest("")), T0);

        assertThat(log.verify()).isEqualTo(new Verification.Intact(6));
    }

    @Test
    void appendsFromManyThreadsFormOneGapFreeChain() throws Exception {
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "officer-" + t;
                Callable<List<Long>> appender = () -> {
                    List<Long> sequences = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        AuditEvent event = new AuditEvent(
                                actor, "OFFICER", "durham", null, "case.read", "OK", AuditLog.digest(""));
                        sequences.add(log.append(event, T0).sequence());
                    }
                    return sequences;
                };
                results.add(pool.submit(appender));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(6, 5 + threads * each)
                            .boxed()
                            .toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.verify()).isEqualTo(new Verification.Intact(5 + threads * each));
    }

    void assertBrokenAt(long entry, String reasonPart) {
        Verification result = log.verify();
        assertThat(result).isInstanceOf(Verification.Broken.class);
        Verification.Broken broken = (Verification.Broken) result;
        assertThat(broken.firstBrokenEntry()).isEqualTo(entry);
        assertThat(broken.reason()).contains(reasonPart);
    }
}
