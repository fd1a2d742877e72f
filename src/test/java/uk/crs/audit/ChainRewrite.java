package uk.crs.audit;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What someone with full control of the database could do to the audit log: change one entry and recompute every
 * hash from there on, and the chain head, so that the chain on its own still verifies.
 */
public final class ChainRewrite {

    private ChainRewrite() {}

    /** Gives entry {@code sequence} a new actor and rewrites the chain consistently from it; needs a superuser. */
    public static void changeActor(DataSource superuser, long sequence, String actor) {
        JdbcTemplate jdbc = new JdbcTemplate(superuser);
        List<AuditEntry> entries = jdbc.query(
                "SELECT " + AuditLog.COLUMNS + " FROM audit.audit_log ORDER BY sequence_no",
                (rs, n) -> AuditLog.entry(rs));
        String previous = ChainHash.GENESIS;
        for (AuditEntry e : entries) {
            if (e.sequence() < sequence) {
                previous = e.hash();
                continue;
            }
            AuditEvent event = new AuditEvent(
                    e.sequence() == sequence ? actor : e.actor(),
                    e.role(),
                    e.force(),
                    e.caseId(),
                    e.action(),
                    e.result(),
                    e.payloadDigest());
            String hash = ChainHash.of(e.sequence(), e.at(), event, previous);
            jdbc.update(
                    "UPDATE audit.audit_log SET actor = ?, previous_hash = ?, entry_hash = ? WHERE sequence_no = ?",
                    event.actor(),
                    previous,
                    hash,
                    e.sequence());
            previous = hash;
        }
        jdbc.update("UPDATE audit.audit_head SET last_hash = ? WHERE id = 1", previous);
    }
}
