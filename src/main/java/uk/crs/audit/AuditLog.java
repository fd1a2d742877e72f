package uk.crs.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log in the case store.
 *
 * <p>{@link #append} joins the caller's Spring transaction on the same {@link DataSource}, so a change and its audit
 * entry commit or roll back together; without one it runs in its own. Appends are serialised by locking the one-row
 * chain head ({@code audit_head}) with {@code SELECT ... FOR UPDATE}: the lock is held until the caller commits, so
 * callers should append as the last step of their transaction. The log itself is only ever inserted into.
 */
@Component
@DependsOnDatabaseInitialization
public class AuditLog {

    static final String COLUMNS = "sequence_no, recorded_at, actor, actor_role, force_slug, case_id, action, result,"
            + " payload_digest, previous_hash, entry_hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public AuditLog(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PROPAGATION_REQUIRED (the default): joins a transaction already bound to this DataSource.
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Appends the event as the next entry of the chain and returns the entry as stored. */
    public AuditEntry append(AuditEvent event, Instant at) {
        AuditEntry entry = transaction.execute(status -> appendLocked(event, at));
        if (entry == null) {
            throw new IllegalStateException("audit append returned no entry");
        }
        return entry;
    }

    private AuditEntry appendLocked(AuditEvent event, Instant at) {
        List<ChainHead> heads = jdbc.query(
                "SELECT last_sequence, last_hash FROM audit.audit_head WHERE id = 1 FOR UPDATE",
                (rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)));
        if (heads.size() != 1) {
            throw new IllegalStateException("the audit chain head (table audit.audit_head, id 1) is missing");
        }
        ChainHead head = heads.get(0);
        long sequence = head.lastSequence() + 1;
        Instant time = ChainHash.storable(at);
        AuditEntry entry = new AuditEntry(
                sequence,
                time,
                event.actor(),
                event.role(),
                event.force(),
                event.caseId(),
                event.action(),
                event.result(),
                event.payloadDigest(),
                head.lastHash(),
                ChainHash.of(sequence, time, event, head.lastHash()));
        jdbc.update(
                "INSERT INTO audit.audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.sequence(),
                OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                entry.actor(),
                entry.role(),
                entry.force(),
                entry.caseId(),
                entry.action(),
                entry.result(),
                entry.payloadDigest(),
                entry.previousHash(),
                entry.hash());
        jdbc.update(
                "UPDATE audit.audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1",
                entry.sequence(),
                entry.hash());
        return entry;
    }

    /** Every entry about the case, oldest first. */
    public List<AuditEntry> forCase(String caseId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit.audit_log WHERE case_id = ? ORDER BY sequence_no",
                (rs, n) -> entry(rs),
                caseId);
    }

    /**
     * For each subject (the {@code case_id} column: a case id, or a username for account changes), the last entry
     * with one of these actions and the result {@code ACCEPTED}: the entry that vouches for the subject's current
     * state.
     */
    public Map<String, AuditEntry> lastAccepted(Collection<String> actions) {
        if (actions.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", Collections.nCopies(actions.size(), "?"));
        List<Object> params = new ArrayList<>(actions);
        params.addAll(actions);
        Map<String, AuditEntry> last = new HashMap<>();
        jdbc.query(
                "SELECT " + COLUMNS + " FROM audit.audit_log WHERE sequence_no IN (SELECT max(sequence_no) FROM"
                        + " audit.audit_log WHERE result = 'ACCEPTED' AND case_id IS NOT NULL AND action IN (" + in
                        + ") GROUP BY case_id) AND action IN (" + in + ")",
                (ResultSet rs) -> {
                    AuditEntry e = entry(rs);
                    last.put(java.util.Objects.requireNonNull(e.caseId()), e);
                },
                params.toArray());
        return last;
    }

    /** The entry with this sequence number, if the log holds it. */
    public Optional<AuditEntry> entry(long sequence) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM audit.audit_log WHERE sequence_no = ?",
                        (rs, n) -> entry(rs),
                        sequence)
                .stream()
                .findFirst();
    }

    /** Walks the whole chain from the log alone, in batches, and reports the first entry that does not check out. */
    public Verification verify() {
        return new ChainWalk(jdbc).run();
    }

    /** A digest of stored rows, for entries that vouch for a record's state. */
    public RowDigest rows() {
        return new RowDigest(jdbc);
    }

    /** The SHA-256 of the payload's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String digest(String payload) {
        return ChainHash.sha256(payload);
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        return new AuditEntry(
                rs.getLong(1),
                at.toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }

    private record ChainHead(long lastSequence, String lastHash) {}
}
