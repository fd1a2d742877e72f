package uk.crs.web.pages;

import static uk.crs.web.pages.Question.Field.checkboxes;
import static uk.crs.web.pages.Question.Field.date;
import static uk.crs.web.pages.Question.Field.radios;
import static uk.crs.web.pages.Question.Field.text;
import static uk.crs.web.pages.Question.Field.textarea;
import static uk.crs.web.pages.Question.Field.yesNo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.crs.web.pages.Question.Choice;

/**
 * The question pages of a new case after the offence, in order, and each page's checks. The facts they gather are
 * the case-facts contract of {@code POST /api/cases}; the decision engine checks them again.
 */
public final class CaseQuestions {

    static final String OFFENCE = "offence";

    static final List<Choice> DISPOSALS = List.of(
            new Choice("NONE", "None"),
            new Choice("COMMUNITY_RESOLUTION", "Community resolution"),
            new Choice("CAUTION", "Caution"),
            new Choice("CONDITIONAL_CAUTION", "Conditional caution"),
            new Choice("PENALTY_NOTICE", "Penalty notice"),
            new Choice("CONVICTION", "Conviction"));

    static final List<Choice> CIRCUMSTANCES = List.of(
            new Choice("domesticAbuse", "Domestic abuse"),
            new Choice("intimatePartner", "The victim is or was an intimate partner"),
            new Choice("hateAggravated", "Hate crime (motivated by hostility)"),
            new Choice("weapon", "A weapon was used or carried"),
            new Choice("vulnerableVictim", "The victim is vulnerable"),
            new Choice("childVictim", "The victim is a child"));

    static final List<Choice> INJURIES = List.of(
            new Choice("NONE", "No injury"),
            new Choice("MINOR", "Minor injury"),
            new Choice("SERIOUS", "Serious injury"));

    /** The offence page's fields after the offence itself. */
    public static final List<Question.Field> OFFENCE_FIELDS = List.of(
            date("offenceDate", "Date of the offence", "For example, 14 9 2026"),
            Question.Field.money(
                    "valueGbp", "Value of any property stolen or damaged (optional)", "In pounds, for example 25.00"));

    static final List<Question> PAGES = List.of(
            new Question(
                    "offender",
                    "The offender",
                    "New case",
                    List.of(
                            text("offenderName", "Full name", ""),
                            date("offenderDateOfBirth", "Date of birth", "For example, 27 3 2007"),
                            text("offenderContact", "Phone number, email or address", ""),
                            yesNo(
                                    "acceptsResponsibility",
                                    "Does the offender accept responsibility for the offence?",
                                    "A community resolution needs the offender to accept responsibility"),
                            yesNo(
                                    "appropriateAdultPresent",
                                    "Was an appropriate adult present?",
                                    "Needed when the offender is under 18 or a vulnerable adult"),
                            radios(
                                    "historyDisposal",
                                    "The offender's most recent previous outcome",
                                    "A community resolution, caution, penalty notice or conviction for an earlier offence",
                                    DISPOSALS),
                            text("historyOffence", "Offence code of that previous outcome", "For example, 46"),
                            date("historyDate", "Date of that previous outcome", "For example, 3 2 2025"))),
            new Question(
                    "victim",
                    "The victim",
                    "New case",
                    List.of(
                            yesNo("victimIdentified", "Is there an identified victim?", ""),
                            yesNo("victimConsulted", "Has the victim been asked for their views?", ""),
                            yesNo("victimConsents", "Does the victim agree to a community resolution?", ""),
                            textarea("victimViews", "The victim's views, in their own words", ""),
                            text("victimName", "Victim's name (optional)", ""),
                            text("victimContact", "Victim's phone number, email or address (optional)", ""))),
            new Question(
                    "circumstances",
                    "Circumstances and factors",
                    "New case",
                    List.of(
                            checkboxes(
                                    "circumstances", "Which of these apply?", "Select all that apply", CIRCUMSTANCES),
                            radios("injury", "Was anyone injured?", "", INJURIES),
                            textarea("aggravating", "Aggravating factors (optional)", "One factor on each line"),
                            textarea("mitigating", "Mitigating factors (optional)", "One factor on each line"))),
            new Question(
                    "evidence",
                    "Evidence and rationale",
                    "New case",
                    List.of(
                            yesNo(
                                    "evidenceSufficient",
                                    "Is there enough evidence to charge?",
                                    "A community resolution needs evidence that would support a charge"),
                            textarea(
                                    "rationale",
                                    "Why is a community resolution right for this case?",
                                    "A supervisor and a scrutiny panel will read this"))));

    private CaseQuestions() {}

    static Optional<Question> page(String step) {
        return PAGES.stream().filter(q -> q.step().equals(step)).findFirst();
    }

    /** The step after this one, or "check" (check your answers) after the last. */
    static String next(String step) {
        if (step.equals(OFFENCE)) {
            return PAGES.get(0).step();
        }
        for (int i = 0; i < PAGES.size() - 1; i++) {
            if (PAGES.get(i).step().equals(step)) {
                return PAGES.get(i + 1).step();
            }
        }
        return "check";
    }

    static String previous(String step) {
        for (int i = 1; i < PAGES.size(); i++) {
            if (PAGES.get(i).step().equals(step)) {
                return PAGES.get(i - 1).step();
            }
        }
        return OFFENCE;
    }

    /** Checks one page's answers, recording an error per field in {@code form}. */
    static void check(String step, Form form, LocalDate today) {
        switch (step) {
            case "offender":
                form.text("offenderName", "Enter the offender's full name");
                LocalDate born = form.date("offenderDateOfBirth", "the offender's date of birth", true);
                if (born != null && !born.isBefore(today)) {
                    form.error("offenderDateOfBirth", "The date of birth must be in the past");
                } else if (born != null && born.isAfter(today.minusYears(10))) {
                    form.error(
                            "offenderDateOfBirth",
                            "The offender must be at least 10, the age of criminal responsibility");
                } else if (born != null && born.isBefore(today.minusYears(120))) {
                    form.error("offenderDateOfBirth", "Enter a date of birth less than 120 years ago");
                }
                form.text("offenderContact", "Enter a phone number, email or address for the offender");
                form.yesNo("acceptsResponsibility", "Select yes if the offender accepts responsibility");
                form.yesNo("appropriateAdultPresent", "Select yes if an appropriate adult was present");
                String disposal = form.choice(
                        "historyDisposal",
                        DISPOSALS.stream().map(Choice::value).toList(),
                        "Select the most recent previous outcome, or none");
                if (disposal != null && !disposal.equals("NONE")) {
                    form.text("historyOffence", "Enter the offence code of the previous outcome");
                    LocalDate when = form.date("historyDate", "the date of the previous outcome", true);
                    if (when != null && when.isAfter(today)) {
                        form.error("historyDate", "The date of the previous outcome must be today or in the past");
                    }
                }
                break;
            case "victim":
                Boolean identified = form.yesNo("victimIdentified", "Select yes if there is an identified victim");
                if (Boolean.TRUE.equals(identified)) {
                    Boolean consulted =
                            form.yesNo("victimConsulted", "Select yes if the victim has been asked for their views");
                    if (Boolean.TRUE.equals(consulted)) {
                        form.yesNo("victimConsents", "Select yes if the victim agrees to a community resolution");
                        form.text("victimViews", "Enter the victim's views in their own words");
                    }
                }
                form.text("victimName", null);
                form.text("victimContact", null);
                break;
            case "circumstances":
                for (String chosen : form.raw("circumstances").split(",")) {
                    if (!chosen.isEmpty()
                            && CIRCUMSTANCES.stream().noneMatch(c -> c.value().equals(chosen))) {
                        form.error("circumstances", "Select only the circumstances listed");
                    }
                }
                form.choice(
                        "injury", INJURIES.stream().map(Choice::value).toList(), "Select whether anyone was injured");
                form.text("aggravating", null);
                form.text("mitigating", null);
                break;
            case "evidence":
                form.yesNo("evidenceSufficient", "Select yes if there is enough evidence to charge");
                form.text("rationale", "Enter why a community resolution is right for this case");
                break;
            default:
                throw new IllegalArgumentException("no question page " + step);
        }
    }

    /** Where each field of the case-facts contract is asked, for sending an error back to its page. */
    static String stepOf(String field) {
        Map<String, String> prefixes = Map.of(
                "offence", OFFENCE,
                "offender", "offender",
                "victim", "victim",
                "circumstances", "circumstances",
                "aggravating", "circumstances",
                "mitigating", "circumstances");
        for (var e : prefixes.entrySet()) {
            if (field.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "evidence";
    }
}
