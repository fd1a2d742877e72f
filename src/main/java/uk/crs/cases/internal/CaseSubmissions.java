package uk.crs.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;
import uk.crs.json.JsonFieldReader;

/**
 * Reads a submitted case: the case facts (the contract of {@link DecisionJson}) plus the offender's name, date of
 * birth and contact and the victim's name and contact. The personal fields are split off before anything else sees
 * the facts, so the stored snapshot, the decision and the audit payload never hold them.
 */
public final class CaseSubmissions {

    private static final String BODY = "(body)";
    private static final List<String> PERSONAL = List.of("name", "dateOfBirth", "contact");

    // a repeated field would silently replace the first value: reject it instead
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectReader TREE = JSON.reader();

    private final DecisionJson decisionJson;

    public CaseSubmissions(DecisionJson decisionJson) {
        this.decisionJson = decisionJson;
    }

    /** A submitted case read in full, or every problem found, each naming its field. */
    public sealed interface Submission {

        /**
         * @param factsJson the facts as stored: the submitted document without its personal fields
         */
        record Valid(
                CaseFacts facts,
                String factsJson,
                String offenderName,
                LocalDate offenderDateOfBirth,
                String offenderContact,
                @Nullable String victimName,
                @Nullable String victimContact)
                implements Submission {}

        record Invalid(List<FieldError> errors) implements Submission {
            public Invalid {
                errors = List.copyOf(errors);
            }
        }
    }

    /**
     * Reads the submitted bytes once; the facts must be those of the user's own force, since the force picks the
     * policy and a case decided under another force's policy would be recorded wrongly.
     */
    public Submission read(byte[] body, String usersForce, LocalDate today) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : TREE.readTree(body);
        } catch (JacksonException e) {
            // the parser's message can quote the body, which may hold personal data: say only that it broke
            return invalid(BODY, "is not well-formed JSON");
        }
        if (!(root instanceof ObjectNode submitted)) {
            return invalid(BODY, "must be a JSON object");
        }
        People r = new People();
        String offenderName = r.text(submitted, "offender", "name", true);
        LocalDate dateOfBirth = r.date(submitted, "offender", "dateOfBirth");
        if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
            r.report("offender.dateOfBirth", "must be in the past, found " + dateOfBirth);
        }
        String offenderContact = r.text(submitted, "offender", "contact", true);
        JsonNode force = submitted.get("force");
        if (force != null && force.isString() && !force.stringValue().equals(usersForce)) {
            r.report("force", "must be your own force (" + usersForce + "), found \"" + force.stringValue() + "\"");
        }
        String victimName = r.text(submitted, "victim", "name", false);
        String victimContact = r.text(submitted, "victim", "contact", false);

        for (String part : List.of("offender", "victim")) {
            if (submitted.get(part) instanceof ObjectNode person) {
                person.remove(PERSONAL);
            }
        }
        String factsJson = JSON.writeValueAsString(submitted);
        ParsedCase parsed = decisionJson.parse(factsJson, today);
        if (parsed instanceof ParsedCase.Invalid invalid) {
            for (FieldError e : invalid.errors()) {
                r.report(e.field().isEmpty() ? BODY : e.field(), e.problem());
            }
        }
        if (!r.errors.isEmpty()) {
            return new Submission.Invalid(r.errors);
        }
        return new Submission.Valid(
                ((ParsedCase.Valid) parsed).facts(),
                factsJson,
                required(offenderName),
                required(dateOfBirth),
                required(offenderContact),
                victimName,
                victimContact);
    }

    private static Submission invalid(String field, String problem) {
        return new Submission.Invalid(List.of(new FieldError(field, problem)));
    }

    private static <T> T required(@Nullable T checked) {
        if (checked == null) {
            throw new IllegalStateException("a checked field is missing");
        }
        return checked;
    }

    /** The personal fields, with the REST API's wording for their problems. */
    private static final class People extends JsonFieldReader {

        private final List<FieldError> errors = new ArrayList<>();

        People() {
            super("an object");
        }

        @Override
        public void report(String path, String message) {
            errors.add(new FieldError(path, message));
        }

        @Override
        protected String missing() {
            return "is required";
        }

        @Nullable
        String text(JsonNode root, String part, String name, boolean required) {
            JsonNode person = root.path(part);
            JsonNode value = present(person, part, name, required);
            if (value != null && (!value.isString() || value.stringValue().isBlank())) {
                report(path(part, name), "must be non-blank text");
                return null;
            }
            return value == null ? null : value.stringValue();
        }

        @Nullable
        LocalDate date(JsonNode root, String part, String name) {
            String text = text(root, part, name, true);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                report(path(part, name), "must be a date as YYYY-MM-DD, found \"" + text + "\"");
                return null;
            }
        }
    }
}
