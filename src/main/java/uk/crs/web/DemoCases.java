package uk.crs.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * Sample Durham cases for {@code crs serve --demo}, one in each of several states, made through the real commands (so
 * they are audited). Seeded once per store: a marker in {@code store_info} keeps restarts from adding more.
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String MARKER = "demo-cases";

    private final CaseHandling handling;
    private final CaseCreation creation;
    private final Users users;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemoCases(CaseHandling handling, CaseCreation creation, Users users, JdbcClient jdbc, JsonMapper json) {
        this.handling = handling;
        this.creation = creation;
        this.users = users;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean seeded = jdbc.sql("SELECT count(*) FROM store_info WHERE item = ?")
                        .param(MARKER)
                        .query(Integer.class)
                        .single()
                > 0;
        User officer = users.find("officer").orElse(null);
        User inspector = users.find("inspector").orElse(null);
        if (seeded || officer == null || inspector == null) {
            return;
        }
        create(officer, facts("46", "Sam Demo-Decided", true, false));
        create(officer, facts("46", "Alex Demo-Awaiting", true, true));
        create(officer, facts("105A", "Jo Demo-NotPermitted", true, false));
        CaseId agreed = create(officer, facts("46", "Chris Demo-Agreed", true, false));
        // done(...) throws on a refusal, so a step the workflow no longer allows stops start-up instead of seeding
        // a case in the wrong state and marking the store as seeded
        CaseController.done(handling.agree(officer, agreed, null, agreement()));
        CaseId completed = create(officer, facts("58D", "Pat Demo-Completed", true, false));
        CaseController.done(handling.agree(officer, completed, null, agreement()));
        CaseController.done(handling.recordOutcome(
                officer, completed, null, 1, ConditionOutcome.Status.COMPLETED, "letter seen by PC 101"));
        CaseController.done(handling.recordOutcome(
                officer, completed, null, 2, ConditionOutcome.Status.COMPLETED, "receipt DC-2026-17"));
        CaseController.done(handling.close(officer, completed, null, CaseStatus.COMPLETED, true));
        jdbc.sql("INSERT INTO store_info (item, content) VALUES (?, ?)")
                .params(MARKER, "seeded")
                .update();
        LOG.info("demo mode: sample durham cases seeded");
    }

    private CaseId create(User officer, ObjectNode facts) {
        CaseRecord created = CaseController.done(handling.create(officer, creation.read(facts, officer.force())));
        return created.kase().id();
    }

    private static Agreement agreement() {
        return new Agreement(
                true,
                "I would like a written apology and the cost of the damage",
                true,
                null,
                List.of(
                        new Condition(
                                1,
                                ConditionType.APOLOGY,
                                "written apology to the victim",
                                java.time.LocalDate.of(2026, 12, 1),
                                null,
                                null),
                        new Condition(
                                2,
                                ConditionType.COMPENSATION,
                                "pay for the damage",
                                java.time.LocalDate.of(2026, 12, 15),
                                new java.math.BigDecimal("40.00"),
                                null)));
    }

    private ObjectNode facts(String code, String name, boolean consents, boolean hate) {
        boolean partnerAssault = code.equals("105A");
        return json.valueToTree(Map.of(
                "force", "durham",
                "offence", Map.of("code", code, "date", "2026-10-01"),
                "offender",
                        Map.of(
                                "age",
                                29,
                                "acceptsResponsibility",
                                true,
                                "appropriateAdultPresent",
                                false,
                                "history",
                                List.of(),
                                "name",
                                name,
                                "dateOfBirth",
                                "1997-03-02",
                                "contact",
                                "demo address, not a real person"),
                "victim",
                        Map.of(
                                "identified",
                                true,
                                "consulted",
                                true,
                                "consents",
                                consents,
                                "views",
                                "wants an apology",
                                "name",
                                "Demo Victim",
                                "contact",
                                "not a real person"),
                "circumstances",
                        Map.of(
                                "domesticAbuse",
                                partnerAssault,
                                "intimatePartner",
                                partnerAssault,
                                "hateAggravated",
                                hate,
                                "weapon",
                                false,
                                "injury",
                                "NONE",
                                "vulnerableVictim",
                                false,
                                "childVictim",
                                false),
                "aggravating", List.of(),
                "mitigating", List.of(),
                "evidenceSufficient", true,
                "rationale", "demo case: first offence, responsibility accepted"));
    }
}
