package uk.crs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.NewCase;
import uk.crs.cases.Person;
import uk.crs.cases.PersonRefs;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.Decider;
import uk.crs.decision.Decision;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;

/**
 * Reads {@code POST /api/cases}: the issue-3 case facts plus names, date of birth and contact details. The personal
 * fields are split off into {@link Person}s before anything else sees the facts, so the stored snapshot, the decision
 * and the audit payload never hold them.
 */
@Component
class CaseCreation {

    private final JsonMapper json;
    private final Decider decider;
    private final DecisionJson decisionJson;
    private final PersonRefs refs;
    private final Clock clock;

    CaseCreation(JsonMapper json, Decider decider, DecisionJson decisionJson, PersonRefs refs, Clock clock) {
        this.json = json;
        this.decider = decider;
        this.decisionJson = decisionJson;
        this.refs = refs;
        this.clock = clock;
    }

    /** The case to store, or {@link InvalidRequest} naming every bad field (personal and factual alike). */
    NewCase read(@Nullable JsonNode body, String usersForce) {
        LocalDate today = LocalDate.now(clock);
        JsonBody fields = JsonBody.of(body);
        if (!(body instanceof ObjectNode submitted)) {
            fields.check();
            throw new IllegalStateException("JsonBody accepted a body that is not an object");
        }
        JsonBody offender = fields.object("offender");
        String offenderName = offender.text("name", true, InputLimits.NAME);
        LocalDate dateOfBirth = offender.date("dateOfBirth", true);
        if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
            offender.problem("dateOfBirth", "must be in the past, found " + dateOfBirth);
        }
        String offenderContact = offender.text("contact", true, InputLimits.CONTACT);
        String force = body.path("force").isString() ? body.path("force").stringValue() : null;
        if (force != null && !force.equals(usersForce)) {
            // the force picks the policy: a case decided under another force's policy would be recorded wrongly
            fields.problem("force", "must be your own force (" + usersForce + "), found \"" + force + "\"");
        }
        JsonBody victim = fields.object("victim");
        String victimName = victim.text("name", false, InputLimits.NAME);
        String victimContact = victim.text("contact", false, InputLimits.CONTACT);

        ObjectNode facts = submitted.deepCopy();
        stripPersonalData(facts);
        String factsJson = json.writeValueAsString(facts);
        ParsedCase parsed = decisionJson.parse(factsJson, today);
        if (parsed instanceof ParsedCase.Invalid invalid) {
            for (FieldError e : invalid.errors()) {
                fields.problems().add(new FieldProblem(e.field().isEmpty() ? "(body)" : e.field(), e.problem()));
            }
        }
        fields.check();
        CaseFacts caseFacts = ((ParsedCase.Valid) parsed).facts();
        Decision decision = decider.decide(caseFacts, today);
        Person offenderPerson = new Person(
                refs.offender(require(offenderName), require(dateOfBirth)),
                require(offenderName),
                dateOfBirth,
                offenderContact);
        Person victimPerson = victimName == null ? null : new Person(refs.victim(), victimName, null, victimContact);
        return new NewCase(
                caseFacts.offence().code(),
                caseFacts.offence().date(),
                factsJson,
                decision,
                decisionJson.write(decision),
                offenderPerson,
                victimPerson);
    }

    private static void stripPersonalData(ObjectNode facts) {
        for (String part : List.of("offender", "victim")) {
            if (facts.get(part) instanceof ObjectNode person) {
                person.remove(List.of("name", "dateOfBirth", "contact"));
            }
        }
    }

    private static <T> T require(@Nullable T checked) {
        if (checked == null) {
            throw new IllegalStateException("a checked field is missing");
        }
        return checked;
    }
}
