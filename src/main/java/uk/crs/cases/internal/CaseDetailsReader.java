package uk.crs.cases.internal;

import static uk.crs.cases.internal.Cases.instant;
import static uk.crs.cases.internal.Cases.instantOrNull;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.crs.cases.Case;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;

/** Reads a case row and its side tables into a {@link CaseRecord}. */
final class CaseDetailsReader {

    private final JdbcClient jdbc;

    CaseDetailsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseRecord read(Case kase, ResultSet rs) throws SQLException {
        String id = kase.id().value();
        Instant agreedAt = instantOrNull(rs, "agreed_at");
        CaseRecord.AgreementDetails agreement = agreedAt == null
                ? null
                : new CaseRecord.AgreementDetails(
                        rs.getBoolean("offender_accepts"),
                        rs.getString("victim_views"),
                        rs.getBoolean("victim_consents"),
                        rs.getString("agreed_by"),
                        agreedAt);
        boolean closed = kase.status() == CaseStatus.COMPLETED || kase.status() == CaseStatus.NOT_COMPLETED;
        CaseRecord.Closure closure = closed
                ? new CaseRecord.Closure(
                        rs.getBoolean("victim_informed"), rs.getInt("home_office_outcome"), instant(rs, "closed_at"))
                : null;
        return new CaseRecord(
                kase,
                rs.getString("offence_code"),
                rs.getString("decision_json"),
                rs.getString("facts_json"),
                rs.getString("offender_ref"),
                rs.getString("victim_ref"),
                agreement,
                authorisations(id),
                closure,
                rs.getString("withdrawn_reason"),
                mark(id));
    }

    private List<CaseRecord.Authorisation> authorisations(String id) {
        return jdbc.sql("SELECT * FROM case_authorisations WHERE case_id = ? ORDER BY at, kind")
                .param(id)
                .query((rs, n) -> new CaseRecord.Authorisation(
                        rs.getString("kind"),
                        rs.getString("by_user"),
                        rs.getString("by_role"),
                        rs.getString("rationale"),
                        instant(rs, "at")))
                .list();
    }

    private CaseRecord.@Nullable DisclosureMark mark(String id) {
        return jdbc.sql("SELECT * FROM case_disclosure_marks WHERE case_id = ?")
                .param(id)
                .query((rs, n) -> new CaseRecord.DisclosureMark(
                        rs.getString("by_user"), rs.getString("by_role"), rs.getString("reason"), instant(rs, "at")))
                .optional()
                .orElse(null);
    }

    static Condition condition(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        BigDecimal amount = rs.getBigDecimal("amount_gbp");
        return new Condition(
                rs.getInt("condition_id"),
                ConditionType.valueOf(rs.getString("type")),
                rs.getString("detail"),
                rs.getObject("due_date", LocalDate.class),
                amount,
                outcome == null
                        ? null
                        : new ConditionOutcome(
                                ConditionOutcome.Status.valueOf(outcome),
                                rs.getString("evidence"),
                                rs.getString("outcome_by"),
                                instant(rs, "outcome_at")));
    }
}
