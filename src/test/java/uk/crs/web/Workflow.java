package uk.crs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.CaseAction;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Transition;
import uk.crs.users.Role;

/** Brings cases to a state through the real API, and takes one transition as a given user. */
final class Workflow {

    /** The user who acts for each role in the role table; never the officer who created the case. */
    static final Map<Role, String> ACTING = Map.of(
            Role.OFFICER, "officer2",
            Role.SERGEANT, "sergeant",
            Role.INSPECTOR, "inspector",
            Role.SUPERINTENDENT, "superintendent",
            Role.PANEL_MEMBER, "panel",
            Role.PANEL_CHAIR, "panel-chair",
            Role.ANALYST, "analyst",
            Role.AUDITOR, "auditor",
            Role.ADMIN, "admin");

    private final ApiClient api;

    Workflow(ApiClient api) {
        this.api = api;
    }

    String create(ObjectNode facts) {
        ApiClient.Response created = api.post("officer", "/api/cases", facts);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** A case in the state a transition starts from, ready for that transition to be taken. */
    String caseReadyFor(Transition t) {
        CaseStatus from = t.from();
        if (from == CaseStatus.AWAITING_AUTHORISATION) {
            return create(CaseFixtures.needsSergeant());
        }
        String id = create(CaseFixtures.permitted());
        if (from == CaseStatus.DECIDED) {
            return id;
        }
        ok(api.post("officer", "/api/cases/" + id + "/agreement", CaseFixtures.agreement("APOLOGY")));
        if (t.action() == CaseAction.CLOSE) {
            String outcome = t.to() == CaseStatus.COMPLETED ? "COMPLETED" : "NOT_COMPLETED";
            ok(api.post(
                    "officer",
                    "/api/cases/" + id + "/conditions/1/outcome",
                    Map.of("outcome", outcome, "evidence", "letter seen by PC 123")));
        }
        return id;
    }

    /** Takes the transition on the case as the user; CREATE makes a new case whose decision leads to {@code to}. */
    ApiClient.Response take(Transition t, String user, String id) {
        String at = "/api/cases/" + id;
        switch (t.action()) {
            case CREATE:
                ObjectNode facts = t.to() == CaseStatus.NOT_PERMITTED
                        ? CaseFixtures.notPermitted()
                        : t.to() == CaseStatus.AWAITING_AUTHORISATION
                                ? CaseFixtures.needsSergeant()
                                : CaseFixtures.permitted();
                return api.post(user, "/api/cases", facts);
            case AUTHORISE:
                return api.post(
                        user, at + "/authorisation", Map.of("decision", "APPROVE", "rationale", "proportionate"));
            case REFUSE:
                return api.post(user, at + "/authorisation", Map.of("decision", "REFUSE", "rationale", "too serious"));
            case AGREE:
                return api.post(user, at + "/agreement", CaseFixtures.agreement("APOLOGY", "COMPENSATION"));
            case RECORD_OUTCOME:
                return api.post(
                        user, at + "/conditions/1/outcome", Map.of("outcome", "COMPLETED", "evidence", "letter seen"));
            case CLOSE:
                return api.post(user, at + "/close", Map.of("outcome", t.to().name(), "victimInformed", true));
            case WITHDRAW:
                return api.post(user, at + "/withdraw", Map.of("reason", "new evidence: the offender denies it"));
            default:
                throw new AssertionError(t);
        }
    }

    static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
