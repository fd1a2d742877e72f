package uk.crs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.testing.TestStores;

/**
 * The chain's invariants over arbitrary appends: it verifies, and changing any one stored field breaks it there.
 * Properties run with QuickTheories (random cases, shrunk and reported with the seed on failure).
 */
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

    /** The test server's superuser may change the log, as a tamperer with full control of the database could. */
    private final DataSource store = TestStores.postgres("audit_properties");

    @Test
    void anySequenceOfAppendsVerifies() {
        qt().withExamples(60).forAll(events(0, 30)).checkAssert(events -> {
            AuditLog log = new AuditLog(emptied(store));
            appendAll(log, events);

            assertThat(log.verify()).isEqualTo(new Verification.Intact(events.size()));
        });
    }

    @Test
    void changingAnyOneFieldOfAnyEntryBreaksTheChainAtThatEntry() {
        qt().withExamples(80)
                .forAll(events(1, 20), integers().between(0, 1000), integers().between(0, CHANGES.size() - 1))
                .checkAssert((events, position, field) -> {
                    AuditLog log = new AuditLog(emptied(store));
                    appendAll(log, events);
                    long entry = 1 + position % events.size();

                    new JdbcTemplate(store)
                            .update(
                                    "UPDATE audit.audit_log SET " + CHANGES.get(field) + " WHERE sequence_no = ?",
                                    entry);

                    Verification result = log.verify();
                    assertThat(result).isInstanceOf(Verification.Broken.class);
                    assertThat(((Verification.Broken) result).firstBrokenEntry())
                            .isEqualTo(entry);
                });
    }

    /** The store with an empty log: one database for every example, since creating one each time is slow. */
    private static DataSource emptied(DataSource store) {
        new JdbcTemplate(store)
                .execute("TRUNCATE audit.audit_log; UPDATE audit.audit_head SET last_sequence = 0,"
                        + " last_hash = '0000000000000000000000000000000000000000000000000000000000000000'");
        return store;
    }

    private static void appendAll(AuditLog log, List<AuditEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            log.append(events.get(i), T0.plusMillis(1_234L * i));
        }
    }

    private static Gen<List<AuditEvent>> events(int min, int max) {
        // Unicode and separator-like characters, to exercise the canonical encoding.
        List<Character> alphabet = new ArrayList<>();
        for (char c = ' '; c <= '~'; c++) {
            alphabet.add(c);
        }
        alphabet.addAll(List.of('é', 'ł', '中', ':', '|', '\n'));
        // Never blank: the first character is a visible one.
        Gen<Character> visible = arbitrary()
                .pick(alphabet.stream().filter(c -> !Character.isWhitespace(c)).toList());
        Gen<List<Character>> rest = lists().of(arbitrary().pick(alphabet)).ofSizeBetween(0, 19);
        Gen<String> text = visible.zip(
                rest,
                (first, more) -> first + more.stream().map(String::valueOf).collect(Collectors.joining()));
        Gen<String> caseId = text.toOptionals(30).map(o -> o.orElse(null));
        Gen<String> digest = strings().allPossible().ofLengthBetween(0, 50).map(AuditLog::digest);
        Gen<AuditEvent> event = in -> new AuditEvent(
                text.generate(in),
                text.generate(in),
                text.generate(in),
                caseId.generate(in),
                text.generate(in),
                text.generate(in),
                digest.generate(in));
        return lists().of(event).ofSizeBetween(min, max);
    }
}
