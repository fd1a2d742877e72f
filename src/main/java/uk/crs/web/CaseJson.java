package uk.crs.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.Condition;
import uk.crs.cases.Person;

/** Writes cases, people and audit entries as the API's JSON; the field names are the API contract. */
@Component
class CaseJson {

    private final JsonMapper json;

    CaseJson(JsonMapper json) {
        this.json = json;
    }

    ObjectNode write(CaseRecord r) {
        var k = r.kase();
        ObjectNode node = json.createObjectNode()
                .put("id", k.id().value())
                .put("status", k.status().name())
                .put("version", k.version())
                .put("force", k.force())
                .put("officer", k.officer())
                .put("offenceCode", r.offenceCode())
                .put("createdAt", k.createdAt().toString())
                .put("updatedAt", k.updatedAt().toString())
                .put("offenderRef", r.offenderRef())
                .put("victimRef", r.victimRef());
        // stored JSON is written as it is, not parsed again: it was produced by our own writers
        node.putRawValue("decision", new RawValue(r.decisionJson()));
        node.putRawValue("facts", new RawValue(r.factsJson()));
        node.set("agreement", r.agreement() == null ? null : json.valueToTree(r.agreement()));
        node.set("authorisations", json.valueToTree(r.authorisations()));
        ArrayNode conditions = node.putArray("conditions");
        k.conditions().forEach(c -> conditions.add(condition(c)));
        node.set("closure", r.closure() == null ? null : json.valueToTree(r.closure()));
        node.put("withdrawnReason", r.withdrawnReason());
        node.set("disclosureMark", r.disclosureMark() == null ? null : json.valueToTree(r.disclosureMark()));
        return node;
    }

    /** The case with its people, for the police roles that may read them. */
    ObjectNode write(CaseRecord r, List<Person> people) {
        ObjectNode node = write(r);
        for (Person p : people) {
            String part = p.ref().equals(r.offenderRef()) ? "offender" : "victim";
            ObjectNode person = node.putObject(part);
            person.put("ref", p.ref()).put("name", p.name()).put("contact", p.contact());
            person.put(
                    "dateOfBirth",
                    p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
        }
        return node;
    }

    ObjectNode condition(Condition c) {
        ObjectNode node = json.createObjectNode()
                .put("id", c.id())
                .put("type", c.type().name())
                .put("detail", c.detail())
                .put("dueDate", c.due().toString())
                .put("amountGbp", c.amountGbp());
        node.set("outcome", c.outcome() == null ? null : json.valueToTree(c.outcome()));
        return node;
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    ArrayNode audit(List<AuditEntry> entries) {
        return json.valueToTree(entries);
    }

    JsonNode tree(@Nullable Object value) {
        return json.valueToTree(value);
    }
}
