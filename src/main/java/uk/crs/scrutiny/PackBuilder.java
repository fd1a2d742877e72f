package uk.crs.scrutiny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.Condition;
import uk.crs.cases.Person;

/**
 * Builds a case's anonymised {@link Pack} from its stored record (facts as submitted without the personal fields,
 * decision, agreement, authorisations, conditions, closure) and its audit entries. Every free-text field goes
 * through a {@link Redactor} that knows the case's own people, and each person's contact is removed verbatim as
 * well; the people themselves are used for nothing else.
 */
public final class PackBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** The circumstance flags of the facts that a panel needs to see, with how the pack names them. */
    private static final Map<String, String> CIRCUMSTANCES = Map.of(
            "domesticAbuse", "domestic abuse",
            "intimatePartner", "intimate partner",
            "hateAggravated", "hate aggravated",
            "weapon", "weapon",
            "vulnerableVictim", "vulnerable victim",
            "childVictim", "child victim");

    private final Redactor redactor;
    private final List<Pattern> contacts;

    private PackBuilder(List<Person> people) {
        this.redactor = Redactor.forPeople(people.stream().map(Person::name).toList());
        List<Pattern> found = new ArrayList<>();
        for (Person p : people) {
            String contact = p.contact();
            if (contact != null && contact.strip().length() >= 3) {
                found.add(Pattern.compile(Pattern.quote(contact.strip()), Pattern.CASE_INSENSITIVE));
            }
        }
        this.contacts = found;
    }

    /** A builder for one case, knowing the people to remove from its text. */
    public static PackBuilder forPeople(List<Person> people) {
        return new PackBuilder(people);
    }

    /**
     * The pack.
     *
     * @param tokens the pseudonymous token of a username of the case's force (officer or supervisor)
     */
    public Pack build(
            CaseRecord record,
            List<AuditEntry> audit,
            int earlierCrs,
            String forceArea,
            UnaryOperator<String> tokens,
            @Nullable String carriedFrom) {
        JsonNode facts = read(record.factsJson());
        JsonNode decision = read(record.decisionJson());
        JsonNode offender = facts.path("offender");
        JsonNode victim = facts.path("victim");
        JsonNode age = offender.path("age");
        List<String> circumstances = new ArrayList<>();
        CIRCUMSTANCES.forEach((field, label) -> {
            if (facts.path("circumstances").path(field).asBoolean(false)) {
                circumstances.add(label);
            }
        });
        circumstances.sort(null);
        String injury = facts.path("circumstances").path("injury").asString("");
        if (!injury.isEmpty() && !injury.equals("NONE")) {
            circumstances.add("injury: " + injury.toLowerCase(Locale.ROOT));
        }
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : decision.path("rules")) {
            rules.add(rule.path("result").asString("") + ": "
                    + redact(rule.path("explanation").asString("")));
        }
        CaseRecord.AgreementDetails agreement = record.agreement();
        String views = agreement != null
                ? agreement.victimViews()
                : victim.path("views").asString("");
        Pack.Known known = new Pack.Known(
                record.offenceCode(),
                decision.path("offence").isString() ? decision.path("offence").asString() : null,
                month(facts.path("offence").path("date").asString("")),
                age.isInt() ? Redactor.ageBand(age.asInt()) : "not recorded",
                decision.path("gravityScore").asInt(0),
                decision.path("outcome").asString("not recorded"),
                decision.path("requiredAuthority").isString()
                        ? decision.path("requiredAuthority").asString()
                        : null,
                circumstances,
                earlierCrs,
                redact(facts.path("rationale").asString("")),
                bool(victim.path("consulted")),
                agreement != null ? Boolean.valueOf(agreement.victimConsents()) : bool(victim.path("consents")),
                redact(views),
                rules,
                record.authorisations().stream()
                        .map(a ->
                                new Pack.Authorisation(a.kind(), a.role(), tokens.apply(a.by()), redact(a.rationale())))
                        .toList(),
                agreement == null ? null : agreement.offenderAccepts(),
                record.kase().conditions().stream()
                        .map(c -> c.type().name().toLowerCase(Locale.ROOT) + ": " + redact(c.detail()))
                        .toList());
        return new Pack(
                record.kase().id().value(),
                forceArea,
                tokens.apply(record.kase().officer()),
                carriedFrom,
                known,
                next(record, audit));
    }

    private Pack.Next next(CaseRecord record, List<AuditEntry> audit) {
        Instant created = record.kase().createdAt();
        Instant from = record.agreement() == null ? created : record.agreement().at();
        List<String> trail = new ArrayList<>();
        for (AuditEntry e : audit) {
            if (e.at().isAfter(from)
                    && "ACCEPTED".equals(e.result())
                    && !e.action().startsWith("SCRUTINY_")) {
                trail.add("day " + Duration.between(created, e.at()).toDays() + ": "
                        + e.action().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (Condition c : record.kase().conditions()) {
            outcomes.add("condition " + c.id() + " (" + c.type().name().toLowerCase(Locale.ROOT) + "): "
                    + (c.outcome() == null
                            ? "no outcome recorded"
                            : c.outcome()
                                            .status()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', ' ') + ", "
                                    + redact(c.outcome().evidence())));
        }
        CaseRecord.Closure closure = record.closure();
        return new Pack.Next(
                record.kase().status().name(),
                outcomes,
                closure == null ? null : closure.victimInformed(),
                closure == null ? null : closure.homeOfficeOutcome(),
                closure == null ? null : Duration.between(created, closure.at()).toDays(),
                trail);
    }

    /** Free text with the case's people, their contacts, phone numbers, e-mails, postcodes, vehicles and dates removed. */
    String redact(String text) {
        String out = text;
        for (Pattern contact : contacts) {
            out = contact.matcher(out).replaceAll(Matcher.quoteReplacement("[CONTACT]"));
        }
        return redactor.redact(out);
    }

    private static @Nullable Boolean bool(JsonNode node) {
        return node.isBoolean() ? node.asBoolean() : null;
    }

    private static String month(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(MONTH);
        } catch (DateTimeParseException e) {
            return "not recorded";
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }
}
