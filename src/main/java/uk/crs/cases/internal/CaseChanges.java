package uk.crs.cases.internal;

import static uk.crs.cases.internal.Cases.utc;

import org.springframework.jdbc.core.simple.JdbcClient;
import uk.crs.cases.Agreement;
import uk.crs.cases.Case;
import uk.crs.cases.CaseEvent;
import uk.crs.cases.Condition;

/** Writes what each kind of {@link CaseEvent} adds to the case tables, beyond the new status and version. */
final class CaseChanges {

    private final JdbcClient jdbc;

    CaseChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Case after, CaseEvent event) {
        String id = after.id().value();
        if (event instanceof CaseEvent.AuthorisationGiven a) {
            authorisation(id, a.approved() ? "AUTHORISATION" : "REFUSAL", a.by(), a.role(), a.rationale(), a.at());
        } else if (event instanceof CaseEvent.AgreementRecorded a) {
            agreement(id, a);
        } else if (event instanceof CaseEvent.OutcomeRecorded o) {
            jdbc.sql("UPDATE case_conditions SET outcome = ?, evidence = ?, outcome_by = ?, outcome_at = ?"
                            + " WHERE case_id = ? AND condition_id = ?")
                    .params(java.util.Arrays.asList(
                            o.outcome().status().name(),
                            o.outcome().evidence(),
                            o.outcome().recordedBy(),
                            utc(o.outcome().at()),
                            id,
                            o.conditionId()))
                    .update();
        } else if (event instanceof CaseEvent.Closed c) {
            jdbc.sql("UPDATE cases SET victim_informed = ?, home_office_outcome = ?, closed_at = ? WHERE id = ?")
                    .params(java.util.Arrays.asList(c.victimInformed(), c.homeOfficeOutcome(), utc(c.at()), id))
                    .update();
        } else if (event instanceof CaseEvent.Withdrawn w) {
            jdbc.sql("UPDATE cases SET withdrawn_reason = ?, closed_at = ? WHERE id = ?")
                    .params(java.util.Arrays.asList(w.reason(), utc(w.at()), id))
                    .update();
        } else if (!(event instanceof CaseEvent.Created)) {
            throw new AssertionError(event);
        }
    }

    private void agreement(String id, CaseEvent.AgreementRecorded a) {
        Agreement agreement = a.agreement();
        jdbc.sql("UPDATE cases SET offender_accepts = ?, victim_views = ?, victim_consents = ?, agreed_by = ?,"
                        + " agreed_at = ? WHERE id = ?")
                .params(java.util.Arrays.asList(
                        agreement.offenderAccepts(),
                        agreement.victimViews(),
                        agreement.victimConsents(),
                        a.by(),
                        utc(a.at()),
                        id))
                .update();
        if (agreement.overrideReasons() != null) {
            authorisation(id, "OVERRIDE", a.by(), a.role(), agreement.overrideReasons(), a.at());
        }
        for (Condition c : agreement.conditions()) {
            jdbc.sql("INSERT INTO case_conditions (case_id, condition_id, type, detail, due_date, amount_gbp)"
                            + " VALUES (?,?,?,?,?,?)")
                    .params(java.util.Arrays.asList(id, c.id(), c.type().name(), c.detail(), c.due(), c.amountGbp()))
                    .update();
        }
    }

    private void authorisation(String id, String kind, String by, String role, String rationale, java.time.Instant at) {
        jdbc.sql(
                        "INSERT INTO case_authorisations (case_id, kind, by_user, by_role, rationale, at) VALUES (?,?,?,?,?,?)")
                .params(java.util.Arrays.asList(id, kind, by, role, rationale, utc(at)))
                .update();
    }
}
