package uk.crs.web.pages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.policy.Offence;
import uk.crs.web.pages.Question.Choice;

/**
 * The answers to a new case's question pages so far, kept in the session until the case is created, and turned into
 * the case-facts JSON that {@code POST /api/cases} takes, so both adapters share one contract and one check.
 */
final class CaseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "crs.case-draft";

    private final HashMap<String, String> answers = new HashMap<>();

    Map<String, String> answers() {
        return answers;
    }

    void save(Map<String, String> page) {
        answers.putAll(page);
    }

    boolean answered(String field) {
        return !answers.getOrDefault(field, "").isEmpty();
    }

    /** A row of the check-your-answers summary list. */
    record Row(String key, String value, String step) {}

    List<Row> rows(@Nullable Offence offence, Formats formats) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "Offence", offence == null ? "" : offence.description() + " (code " + offence.code() + ")", "offence"));
        rows.add(new Row("Date of the offence", formats.date(date("offenceDate")), "offence"));
        BigDecimal value = pounds("valueGbp");
        rows.add(new Row("Value of property", value == null ? "Not given" : formats.money(value), "offence"));
        rows.add(new Row("Offender", get("offenderName"), "offender"));
        rows.add(new Row("Date of birth", formats.date(date("offenderDateOfBirth")), "offender"));
        rows.add(new Row("Offender's contact", get("offenderContact"), "offender"));
        rows.add(new Row("Accepts responsibility", yesNo("acceptsResponsibility"), "offender"));
        rows.add(new Row("Appropriate adult present", yesNo("appropriateAdultPresent"), "offender"));
        String disposal = get("historyDisposal");
        rows.add(new Row(
                "Most recent previous outcome",
                disposal.isEmpty() || disposal.equals("NONE")
                        ? "None"
                        : label(CaseQuestions.DISPOSALS, disposal) + " for offence " + get("historyOffence") + " on "
                                + formats.date(date("historyDate")),
                "offender"));
        rows.add(new Row("Identified victim", yesNo("victimIdentified"), "victim"));
        if (get("victimIdentified").equals("yes")) {
            rows.add(new Row("Victim asked for their views", yesNo("victimConsulted"), "victim"));
            if (get("victimConsulted").equals("yes")) {
                rows.add(new Row("Victim agrees", yesNo("victimConsents"), "victim"));
                rows.add(new Row("Victim's views", get("victimViews"), "victim"));
            }
        }
        List<String> circumstances = new ArrayList<>();
        for (String c : list("circumstances")) {
            circumstances.add(label(CaseQuestions.CIRCUMSTANCES, c));
        }
        rows.add(new Row(
                "Circumstances", circumstances.isEmpty() ? "None" : String.join("; ", circumstances), "circumstances"));
        rows.add(new Row("Injury", label(CaseQuestions.INJURIES, get("injury")), "circumstances"));
        rows.add(new Row("Aggravating factors", orNone(get("aggravating")), "circumstances"));
        rows.add(new Row("Mitigating factors", orNone(get("mitigating")), "circumstances"));
        rows.add(new Row("Enough evidence to charge", yesNo("evidenceSufficient"), "evidence"));
        rows.add(new Row("Rationale", get("rationale"), "evidence"));
        return rows;
    }

    /** The case facts plus names and contacts, as {@code POST /api/cases} takes them. */
    ObjectNode json(JsonMapper json, String force, LocalDate today) {
        ObjectNode root = json.createObjectNode().put("force", force);
        ObjectNode offence = root.putObject("offence").put("code", get("offenceCode"));
        putDate(offence, "date", date("offenceDate"));
        BigDecimal value = pounds("valueGbp");
        if (value != null) {
            offence.put("valueGbp", value);
        }
        ObjectNode offender = root.putObject("offender");
        LocalDate born = date("offenderDateOfBirth");
        if (born != null) {
            offender.put("age", Period.between(born, today).getYears());
        }
        offender.put("acceptsResponsibility", get("acceptsResponsibility").equals("yes"))
                .put("appropriateAdultPresent", get("appropriateAdultPresent").equals("yes"))
                .put("name", get("offenderName"))
                .put("contact", get("offenderContact"));
        putDate(offender, "dateOfBirth", born);
        ArrayNode history = offender.putArray("history");
        String disposal = get("historyDisposal");
        if (!disposal.isEmpty() && !disposal.equals("NONE")) {
            ObjectNode prior = history.addObject().put("disposal", disposal).put("offenceCode", get("historyOffence"));
            putDate(prior, "date", date("historyDate"));
        }
        boolean identified = get("victimIdentified").equals("yes");
        boolean consulted = identified && get("victimConsulted").equals("yes");
        ObjectNode victim = root.putObject("victim")
                .put("identified", identified)
                .put("consulted", consulted)
                .put("consents", consulted && get("victimConsents").equals("yes"));
        if (consulted && answered("victimViews")) {
            victim.put("views", get("victimViews"));
        }
        if (answered("victimName")) {
            victim.put("name", get("victimName"));
        }
        if (answered("victimContact")) {
            victim.put("contact", get("victimContact"));
        }
        ObjectNode circumstances = root.putObject("circumstances");
        List<String> chosen = list("circumstances");
        for (Choice c : CaseQuestions.CIRCUMSTANCES) {
            circumstances.put(c.value(), chosen.contains(c.value()));
        }
        circumstances.put("injury", get("injury").isEmpty() ? "NONE" : get("injury"));
        lines(root.putArray("aggravating"), get("aggravating"));
        lines(root.putArray("mitigating"), get("mitigating"));
        root.put("evidenceSufficient", get("evidenceSufficient").equals("yes"));
        root.put("rationale", get("rationale"));
        return root;
    }

    String get(String field) {
        return answers.getOrDefault(field, "");
    }

    @Nullable
    LocalDate date(String field) {
        Form form = new Form(answers);
        LocalDate date = form.date(field, field, false);
        return form.valid() ? date : null;
    }

    private @Nullable BigDecimal pounds(String field) {
        Form form = new Form(answers);
        BigDecimal value = form.pounds(field, field, false);
        return form.valid() ? value : null;
    }

    private List<String> list(String field) {
        return Arrays.stream(get(field).split(",")).filter(s -> !s.isBlank()).toList();
    }

    private String yesNo(String field) {
        String value = get(field);
        return value.equals("yes") ? "Yes" : value.equals("no") ? "No" : "Not answered";
    }

    private static String orNone(String text) {
        return text.isBlank() ? "None" : text;
    }

    private static String label(List<Choice> choices, String value) {
        return choices.stream()
                .filter(c -> c.value().equals(value))
                .map(Choice::label)
                .findFirst()
                .orElse(value.isEmpty() ? "Not answered" : value);
    }

    private static void putDate(ObjectNode node, String name, @Nullable LocalDate date) {
        if (date != null) {
            node.put(name, date.toString());
        }
    }

    private static void lines(ArrayNode into, String text) {
        text.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(into::add);
    }
}
