package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.testing.TestStores;

/** The chain's invariants over arbitrary appends: it verifies, and changing any one stored field breaks it there. */
class AuditChainPropertiesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** The stored fields a tamperer could change, each with an SQL expression that always changes its value. */
    private static final List<String> CHANGES = List.of(
            "sequence_no = sequence_no + 1000",
            "recorded_at = recorded_at + INTERVAL '1' SECOND",
            "actor = actor || 'x'",
            "actor_role = actor_role || 'x'",
            "force_slug = force_slug || 'x'",
            "case_id = COALESCE(case_id || 'x', 'x')",
            "action = action || 'x'",
            "result = result || 'x'",
            "payload_digest = CASE WHEN payload_digest LIKE '0%' THEN '1' ELSE '0' END || SUBSTRING(payload_digest, 2)",
            "previous_hash = CASE WHEN previous_hash LIKE '0%' THEN '1' ELSE '0' END || SUBSTRING(previous_hash, 2)",
            "entry_hash = CASE WHEN entry_hash LIKE '0%' THEN '1' ELSE '0' END || SUBSTRING(entry_hash, 2)");

    @Property(tries = 60)
    void anySequenceOfAppendsVerifies(@ForAll("events") @Size(max = 30) List<AuditEvent> events) {
        AuditLog log = new AuditLog(TestStores.h2());
        appendAll(log, events);

        assertThat(log.verify()).isEqualTo(new Verification.Intact(events.size()));
    }

    @Property(tries = 80)
    void changingAnyOneFieldOfAnyEntryBreaksTheChainAtThatEntry(
            @ForAll("events") @Size(min = 1, max = 20) List<AuditEvent> events,
            @ForAll @IntRange(min = 0, max = 1000) int position,
            @ForAll @IntRange(min = 0, max = 10) int field) {
        var store = TestStores.h2();
        AuditLog log = new AuditLog(store);
        appendAll(log, events);
        long entry = 1 + position % events.size();

        new JdbcTemplate(store)
                .update("UPDATE audit.audit_log SET " + CHANGES.get(field) + " WHERE sequence_no = ?", entry);

        Verification result = log.verify();
        assertThat(result).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) result).firstBrokenEntry()).isEqualTo(entry);
    }

    private static void appendAll(AuditLog log, List<AuditEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            log.append(events.get(i), T0.plusMillis(1_234L * i));
        }
    }

    @Provide
    Arbitrary<List<AuditEvent>> events() {
        // Unicode and separator-like characters, to exercise the canonical encoding.
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', 'ł', '中', ':', '|', '\n')
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> !s.isBlank());
        Arbitrary<String> caseId = text.injectNull(0.3);
        Arbitrary<String> digest = Arbitraries.strings().all().ofMaxLength(50).map(AuditLog::digest);
        return Combinators.combine(text, text, text, caseId, text, text, digest)
                .as(AuditEvent::new)
                .list();
    }
}
