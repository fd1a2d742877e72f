package uk.crs.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.ConditionType;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Opening;
import uk.crs.users.User;
import uk.crs.users.Users;

/**
 * Sample Durham cases for {@code crs serve --demo}, one in each of several states, opened and moved on through the
 * cases service (so they are decided and audited like any other). Seeded once per store: the service's marker keeps
 * restarts from adding more.
 */
@Component
@ConditionalOnBooleanProperty("crs.demo")
class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String MARKER = "demo-cases";

    private final CaseHandling handling;
    private final Users users;
    private final JsonMapper json;
    private final Clock clock;

    DemoCases(CaseHandling handling, Users users, JsonMapper json, Clock clock) {
        this.handling = handling;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        User officer = users.find("officer").orElse(null);
        User inspector = users.find("inspector").orElse(null);
        if (officer == null || inspector == null) {
            return;
        }
        if (handling.seedOnce(MARKER, () -> seed(officer))) {
            LOG.info("demo mode: sample durham cases seeded");
        }
    }

    /** Throws on any refusal, so a step the workflow no longer allows stops start-up instead of seeding it wrongly. */
    private void seed(User officer) {
        LocalDate today = LocalDate.now(clock);
        open(officer, facts(today, "46", "Sam Demo-Decided", true, false));
        // the victim does not agree: a sergeant's authorisation (in the sergeant's queue)
        open(officer, facts(today, "46", "Kim Demo-AwaitingSergeant", false, false));
        // hate-aggravated: an inspector's authorisation (in the inspector's queue)
        open(officer, facts(today, "46", "Alex Demo-Awaiting", true, true));
        open(officer, facts(today, "105A", "Jo Demo-NotPermitted", true, false));
        CaseId agreed = open(officer, facts(today, "46", "Chris Demo-Agreed", true, false));
        accepted(handling.agree(officer, agreed, null, agreement(today)));
        CaseId completed = open(officer, facts(today, "58D", "Pat Demo-Completed", true, false));
        accepted(handling.agree(officer, completed, null, agreement(today)));
        accepted(handling.recordOutcome(
                officer, completed, null, 1, ConditionOutcome.Status.COMPLETED, "letter seen by PC 101"));
        accepted(handling.recordOutcome(
                officer, completed, null, 2, ConditionOutcome.Status.COMPLETED, "receipt DC-0017"));
        accepted(handling.close(officer, completed, null, CaseStatus.COMPLETED, true));
    }

    private CaseId open(User officer, ObjectNode facts) {
        Opening opening = handling.open(officer, new OpenCase(json.writeValueAsBytes(facts)));
        if (opening instanceof Opening.Opened opened) {
            return opened.record().kase().id();
        }
        throw new IllegalStateException("a demo case was not opened: " + opening);
    }

    private static void accepted(CommandResult<CaseRecord> result) {
        if (result instanceof CommandResult.Refused<CaseRecord> refused) {
            throw new IllegalStateException("a demo case step was refused: " + refused.refusal());
        }
    }

    /**
     * The demo agreement, dated from the day the demo starts: the apology is already overdue (so the supervisors' and the
     * officer's lists of overdue conditions have one) and the payment falls due in ten days (a condition due soon).
     */
    private static Agreement agreement(LocalDate today) {
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
                                today.minusDays(3),
                                null,
                                null),
                        new Condition(
                                2,
                                ConditionType.COMPENSATION,
                                "pay for the damage",
                                today.plusDays(10),
                                new BigDecimal("40.00"),
                                null)));
    }

    /** A case's facts, the offence two months before the demo starts and the offender 29 at the time. */
    private ObjectNode facts(LocalDate today, String code, String name, boolean consents, boolean hate) {
        boolean partnerAssault = code.equals("105A");
        return json.valueToTree(Map.of(
                "force", "durham",
                "offence", Map.of("code", code, "date", today.minusMonths(2).toString()),
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
                                today.minusMonths(2)
                                        .minusYears(29)
                                        .minusDays(100)
                                        .toString(),
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
