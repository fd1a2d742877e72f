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

    /** A person's name, in characters: what the {@code case_people.name} column holds. */
    static final int NAME = 200;

    /** A person's contact details, in characters: what the {@code case_people.contact} column holds. */
    static final int CONTACT = 500;

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
        String offenderName = r.text(submitted, "offender", "name", true, NAME);
        LocalDate dateOfBirth = r.date(submitted, "offender", "dateOfBirth");
        if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
            r.report("offender.dateOfBirth", "must be in the past, found " + dateOfBirth);
        }
        String offenderContact = r.text(submitted, "offender", "contact", true, CONTACT);
        JsonNode force = submitted.get("force");
        if (force != null && force.isString() && !force.stringValue().equals(usersForce)) {
            r.report("force", "must be your own force (" + usersForce + "), found \"" + force.stringValue() + "\"");
        }
        String victimName = r.text(submitted, "victim", "name", false, NAME);
        String victimContact = r.text(submitted, "victim", "contact", false, CONTACT);

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

        /** Non-blank text of at most {@code maxLength} characters, or null (reported unless absent and optional). */
        @Nullable
        String text(JsonNode root, String part, String name, boolean required, int maxLength) {
            String text = nonBlank(root, part, name, required);
            if (text != null && text.length() > maxLength) {
                // the store's column would refuse it: say so here, whichever adapter sent it
                report(
                        path(part, name),
                        "is " + text.length() + " characters long; at most " + maxLength + " are accepted");
                return null;
            }
            return text;
        }

        @Nullable
        String nonBlank(JsonNode root, String part, String name, boolean required) {
            JsonNode value = present(root.path(part), part, name, required);
            if (value != null && (!value.isString() || value.stringValue().isBlank())) {
                report(path(part, name), "must be non-blank text");
                return null;
            }
            return value == null ? null : value.stringValue();
        }

        @Nullable
        LocalDate date(JsonNode root, String part, String name) {
            String text = nonBlank(root, part, name, true);
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                report(path(part, name), "must be a date as YYYY-MM-DD, found \"" + text + "\"");
                return null;
            }
        }
    }
}
