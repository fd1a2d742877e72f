package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.users.User;

/** The later tasks of a case: each condition's outcome with its evidence, and the close. */
@Controller
class ConditionPages {

    private final CaseWork work;

    ConditionPages(CaseWork work) {
        this.work = work;
    }

    @GetMapping("/cases/{id}/conditions/{number}/outcome")
    String outcome(Authentication auth, @PathVariable String id, @PathVariable String number, Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        return outcomePage(record, condition(record, number), new Form(version(record)), model);
    }

    @PostMapping("/cases/{id}/conditions/{number}/outcome")
    String saveOutcome(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String number,
            @RequestParam MultiValueMap<String, String> body,
            HttpServletResponse response,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        Condition condition = condition(record, number);
        Form form = new Form(body);
        String status =
                form.choice("outcome", List.of("COMPLETED", "NOT_COMPLETED"), "Select whether the condition was met");
        String evidence = form.text("evidence", "Enter the evidence, for example who saw it and where it is recorded");
        if (!form.valid() || status == null || evidence == null) {
            return outcomePage(record, condition, form, model);
        }
        CommandResult<CaseRecord> result = work.recordOutcome(
                user,
                record.kase().id(),
                Refused.version(form.raw("version")),
                condition.id(),
                ConditionOutcome.Status.valueOf(status),
                evidence);
        String problem = Refused.view(result, "/cases/" + id, model, response);
        return problem != null ? problem : "redirect:/cases/" + id + "?done=outcome";
    }

    @GetMapping("/cases/{id}/close")
    String close(Authentication auth, @PathVariable String id, Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        return closePage(record, new Form(version(record)), model);
    }

    @PostMapping("/cases/{id}/close")
    String saveClose(
            Authentication auth,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> body,
            HttpServletResponse response,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        Form form = new Form(body);
        Boolean informed = form.yesNo("victimInformed", "Select yes if the victim has been told the outcome");
        if (!form.valid() || informed == null) {
            return closePage(record, form, model);
        }
        CommandResult<CaseRecord> result =
                work.close(user, record.kase().id(), Refused.version(form.raw("version")), closesAs(record), informed);
        String problem = Refused.view(result, "/cases/" + id, model, response);
        return problem != null ? problem : "redirect:/cases/" + id + "?done=closed";
    }

    private String outcomePage(CaseRecord record, Condition condition, Form form, Model model) {
        String id = record.kase().id().value();
        Formats formats = new Formats();
        Pages.form(
                model,
                form,
                "Was condition " + condition.id() + " met?",
                "Case " + formats.reference(id),
                "/cases/" + id + "/conditions/" + condition.id() + "/outcome",
                "Save the outcome",
                "/cases/" + id);
        model.addAttribute(
                "intro",
                formats.sentence(condition.type().name()) + ": " + condition.detail()
                        + (condition.amountGbp() == null ? "" : ", " + formats.money(condition.amountGbp()))
                        + "; due " + formats.date(condition.due()) + ".");
        model.addAttribute(
                "fields",
                List.of(
                        Question.Field.radios(
                                "outcome",
                                "Outcome",
                                "",
                                List.of(
                                        new Question.Choice("COMPLETED", "Completed"),
                                        new Question.Choice("NOT_COMPLETED", "Not completed"))),
                        Question.Field.textarea(
                                "evidence", "Evidence", "For example, who saw it done and where that is recorded")));
        return "form";
    }

    private String closePage(CaseRecord record, Form form, Model model) {
        String id = record.kase().id().value();
        Formats formats = new Formats();
        Pages.form(
                model,
                form,
                "Close the case",
                "Case " + formats.reference(id),
                "/cases/" + id + "/close",
                "Close the case",
                "/cases/" + id);
        model.addAttribute(
                "intro",
                "The case will close as " + formats.status(closesAs(record)).toLowerCase(java.util.Locale.UK)
                        + ", recorded as Home Office outcome 8 (community resolution).");
        model.addAttribute(
                "fields",
                List.of(Question.Field.yesNo(
                        "victimInformed", "Has the victim been told the outcome?", "The victim has a right to know")));
        return "form";
    }

    /** A case closes as completed only when every condition was met. */
    private static CaseStatus closesAs(CaseRecord record) {
        boolean allMet = record.kase().conditions().stream()
                .allMatch(c -> c.outcome() != null && c.outcome().status() == ConditionOutcome.Status.COMPLETED);
        return allMet ? CaseStatus.COMPLETED : CaseStatus.NOT_COMPLETED;
    }

    private static Condition condition(CaseRecord record, String number) {
        Condition condition = record.kase().condition(Refused.version(number));
        if (condition == null) {
            throw PageRefused.notFound("no condition " + number);
        }
        return condition;
    }

    private static Map<String, String> version(CaseRecord record) {
        return Map.of("version", String.valueOf(record.kase().version()));
    }
}
