package uk.crs.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** One verification pass over the audit log, reading it in sequence order a batch at a time. */
final class ChainWalk {

    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;

    ChainWalk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Verification run() {
        // Read before the walk: every entry up to this sequence had committed when the head was read, since an
        // append inserts its entry and moves the head in one transaction. Later appends may also be walked.
        List<Long> heads =
                jdbc.query("SELECT last_sequence FROM audit.audit_head WHERE id = 1", (rs, n) -> rs.getLong(1));
        long recordedHead = heads.isEmpty() ? 0 : heads.get(0);
        long expected = 1;
        String previousHash = ChainHash.GENESIS;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> batch = jdbc.query(
                    "SELECT " + AuditLog.COLUMNS
                            + " FROM audit.audit_log WHERE sequence_no > ? ORDER BY sequence_no FETCH FIRST " + BATCH
                            + " ROWS ONLY",
                    (rs, n) -> AuditLog.entry(rs),
                    after);
            for (AuditEntry entry : batch) {
                Verification.Broken broken = check(entry, expected, previousHash);
                if (broken != null) {
                    return broken;
                }
                previousHash = entry.hash();
                expected++;
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).sequence();
        }
        long entries = expected - 1;
        if (entries < recordedHead) {
            return new Verification.Broken(
                    expected,
                    "entries " + expected + " to " + recordedHead + " are missing: the log ends at entry " + entries
                            + " but the chain head records " + recordedHead);
        }
        return new Verification.Intact(entries);
    }

    private static Verification.@Nullable Broken check(AuditEntry entry, long expected, String previousHash) {
        if (entry.sequence() < expected) {
            return new Verification.Broken(
                    expected, "found an entry numbered " + entry.sequence() + "; entries are numbered from 1");
        }
        if (entry.sequence() > expected) {
            return new Verification.Broken(
                    expected,
                    "entry " + expected + " is missing: the entry after " + (expected - 1) + " is numbered "
                            + entry.sequence());
        }
        if (!entry.previousHash().equals(previousHash)) {
            return new Verification.Broken(
                    expected,
                    expected == 1
                            ? "entry 1 does not start the chain: its previous hash is not 64 zeros"
                            : "entry " + expected + " does not follow entry " + (expected - 1)
                                    + ": its previous hash is not that entry's hash (entries removed or reordered)");
        }
        if (!ChainHash.of(entry).equals(entry.hash())) {
            return new Verification.Broken(
                    expected, "entry " + expected + " has been altered: its contents no longer match its hash");
        }
        return null;
    }
}
