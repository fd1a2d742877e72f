package uk.crs.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.crs.audit.AuditEntry;
import uk.crs.audit.AuditLog;
import uk.crs.audit.RecordCheck;

/**
 * The digest of a case's stored state: its row in {@code cases} and its conditions, authorisations (overrides
 * included), disclosure mark and people. Every accepted change's audit entry carries it as its payload digest, so
 * {@code crs audit verify} can tell a case edited in the tables from one changed through crs. The people rows enter
 * only as part of the digest, so no personal data reaches the log.
 */
public final class CaseState {

    /** The commands that change a case; reads and checks do not vouch for its state. */
    public static final Set<CaseAction> CHANGES = EnumSet.of(
            CaseAction.CREATE,
            CaseAction.AUTHORISE,
            CaseAction.REFUSE,
            CaseAction.AGREE,
            CaseAction.RECORD_OUTCOME,
            CaseAction.CLOSE,
            CaseAction.WITHDRAW,
            CaseAction.MARK_DISCLOSURE_RELEVANT);

    private CaseState() {}

    /** The digest of the case as stored now (inside the caller's transaction, if any). */
    public static String digest(AuditLog audit, CaseId id) {
        String key = id.value();
        return audit.rows()
                .add("case", "SELECT * FROM cases WHERE id = ?", key)
                .add("conditions", "SELECT * FROM case_conditions WHERE case_id = ? ORDER BY condition_id", key)
                .add("authorisations", "SELECT * FROM case_authorisations WHERE case_id = ? ORDER BY kind", key)
                .add("disclosure", "SELECT * FROM case_disclosure_marks WHERE case_id = ?", key)
                .add("people", "SELECT * FROM case_people WHERE case_id = ? ORDER BY part", key)
                .digest();
    }

    /** Checks every case against the last accepted change entry about it, oldest case first. */
    public static RecordCheck verify(DataSource store) {
        JdbcTemplate jdbc = new JdbcTemplate(store);
        AuditLog audit = new AuditLog(store);
        long from = RecordCheck.digestsFrom(jdbc);
        Map<String, AuditEntry> last =
                audit.lastAccepted(CHANGES.stream().map(Enum::name).toList());
        List<String> ids = jdbc.queryForList("SELECT id FROM cases ORDER BY created_at, id", String.class);
        long checked = 0;
        long predating = 0;
        for (String id : ids) {
            AuditEntry entry = last.get(id);
            if (entry == null) {
                return new RecordCheck(
                        "cases",
                        checked,
                        predating,
                        "case " + id + " has no audit entry: it was not created through crs");
            }
            if (entry.sequence() < from) {
                predating++;
                continue;
            }
            if (!digest(audit, new CaseId(id)).equals(entry.payloadDigest())) {
                return new RecordCheck(
                        "cases",
                        checked,
                        predating,
                        "case " + id + " disagrees with audit entry " + entry.sequence() + " (" + entry.action()
                                + " by " + entry.actor() + "): its row, conditions, authorisations, disclosure mark"
                                + " or people were changed outside crs");
            }
            checked++;
        }
        return new RecordCheck("cases", checked, predating, null);
    }
}
