package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.ConditionType;
import uk.crs.users.User;

/**
 * The agreement task of a case: the offender's acceptance, the victim's views verbatim, consent or a supervisor's
 * override with reasons, then the conditions one by one with due dates and amounts.
 */
@Controller
@RequestMapping("/cases/{id}/agreement")
class AgreementPages {

    static final List<String> TYPES =
            Arrays.stream(ConditionType.values()).map(Enum::name).toList();

    static final List<Question.Choice> CONDITION_TYPES = List.of(
            new Question.Choice("APOLOGY", "Apology"),
            new Question.Choice("REPARATION", "Repairing the damage (reparation)"),
            new Question.Choice("COMPENSATION", "Compensation"),
            new Question.Choice("COURSE", "Education or rehabilitation course"),
            new Question.Choice("RESTORATIVE_JUSTICE", "Restorative justice meeting"),
            new Question.Choice("OTHER", "Something else"));

    private final CaseWork work;
    private final JsonMapper json;

    AgreementPages(CaseWork work, JsonMapper json) {
        this.work = work;
        this.json = json;
    }

    @GetMapping
    String start(Authentication auth, @PathVariable String id, HttpSession session, Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        Form form = new Form(Map.of(
                "victimViews",
                victimViews(record),
                "version",
                String.valueOf(record.kase().version())));
        if (session.getAttribute(AgreementDraft.key(id)) instanceof AgreementDraft d) {
            form.values().put("offenderAccepts", d.offenderAccepts ? "yes" : "no");
            form.values().put("victimViews", d.victimViews);
            form.values().put("victimConsents", d.victimConsents ? "yes" : "no");
            form.values().put("overrideReasons", d.overrideReasons == null ? "" : d.overrideReasons);
        }
        return startPage(record, form, model);
    }

    @PostMapping
    String saveStart(
            Authentication auth,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> body,
            HttpSession session,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        Form form = new Form(body);
        Boolean accepts = form.yesNo("offenderAccepts", "Select yes if the offender accepts the community resolution");
        if (Boolean.FALSE.equals(accepts)) {
            form.error(
                    "offenderAccepts",
                    "A community resolution needs the offender's acceptance; if they do not accept, the case cannot"
                            + " go ahead");
        }
        String views = form.text("victimViews", "Enter the victim's views in their own words");
        Boolean consents = form.yesNo("victimConsents", "Select yes if the victim agrees");
        String reasons = form.text(
                "overrideReasons",
                Boolean.FALSE.equals(consents)
                        ? "Enter the supervisor's reasons for going ahead without the victim's agreement"
                        : null);
        if (!form.valid() || views == null || consents == null) {
            return startPage(record, form, model);
        }
        session.setAttribute(
                AgreementDraft.key(id),
                new AgreementDraft(
                        Refused.version(form.raw("version")), true, views, consents, consents ? null : reasons));
        return "redirect:/cases/" + id + "/agreement/conditions";
    }

    @GetMapping("/conditions")
    String conditions(Authentication auth, @PathVariable String id, HttpSession session, Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        AgreementDraft draft = draft(session, id);
        if (draft == null) {
            return "redirect:/cases/" + id + "/agreement";
        }
        return conditionsPage(record, draft, new Form(Map.of()), model);
    }

    @PostMapping("/conditions")
    String addCondition(
            Authentication auth,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> body,
            HttpSession session,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        AgreementDraft draft = draft(session, id);
        if (draft == null) {
            return "redirect:/cases/" + id + "/agreement";
        }
        Form form = new Form(body);
        String type = form.choice("type", TYPES, "Select the kind of condition");
        String detail = form.text("detail", "Enter what the offender must do");
        LocalDate due = form.date("due", "the date the condition is due", true);
        if (due != null && due.isBefore(work.today())) {
            form.error("due", "The due date must be today or in the future");
        }
        BigDecimal amount = form.pounds("amountGbp", "the amount of compensation", "COMPENSATION".equals(type));
        if (amount != null && !"COMPENSATION".equals(type)) {
            form.error("amountGbp", "Leave the amount blank unless the condition is compensation");
        }
        if (!form.valid() || type == null || detail == null || due == null) {
            return conditionsPage(record, draft, form, model);
        }
        draft.add(new AgreementDraft.Item(ConditionType.valueOf(type), detail, due, amount));
        session.setAttribute(AgreementDraft.key(id), draft);
        return "redirect:/cases/" + id + "/agreement/conditions";
    }

    @PostMapping("/conditions/remove")
    String removeCondition(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String index,
            HttpSession session) {
        Access.police(auth);
        AgreementDraft draft = draft(session, id);
        if (draft != null) {
            draft.remove(Refused.version(index) - 1);
            session.setAttribute(AgreementDraft.key(id), draft);
        }
        return "redirect:/cases/" + id + "/agreement/conditions";
    }

    @PostMapping("/confirm")
    String confirm(
            Authentication auth,
            @PathVariable String id,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        AgreementDraft draft = draft(session, id);
        if (draft == null) {
            return "redirect:/cases/" + id + "/agreement";
        }
        CommandResult<CaseRecord> result = work.agree(user, record.kase().id(), draft.version, draft.agreement());
        String problem = Refused.view(result, "/cases/" + id, model, response);
        if (problem != null) {
            session.removeAttribute(AgreementDraft.key(id));
            return problem;
        }
        session.removeAttribute(AgreementDraft.key(id));
        return "redirect:/cases/" + id + "?done=agreement";
    }

    private String startPage(CaseRecord record, Form form, Model model) {
        String rank =
                new Formats().sentence(record.kase().overrideAuthority().name()).toLowerCase(Locale.UK);
        String id = record.kase().id().value();
        Pages.form(
                model,
                form,
                "Record the agreement",
                "Case " + new Formats().reference(id),
                "/cases/" + id + "/agreement",
                "Continue to the conditions",
                "/cases/" + id);
        model.addAttribute(
                "intro",
                record.kase().status() == CaseStatus.DECIDED
                        ? "Record what the offender and the victim said. You add the conditions next."
                        : "This case is "
                                + new Formats().status(record.kase().status()).toLowerCase(Locale.UK)
                                + ", so an agreement cannot be recorded.");
        model.addAttribute(
                "fields",
                List.of(
                        Question.Field.yesNo(
                                "offenderAccepts",
                                "Does the offender accept the community resolution?",
                                "They must accept responsibility and agree to the conditions"),
                        Question.Field.textarea(
                                "victimViews",
                                "The victim's views, in their own words",
                                "Write down exactly what the victim said"),
                        Question.Field.yesNo("victimConsents", "Does the victim agree to a community resolution?", ""),
                        Question.Field.textarea(
                                "overrideReasons",
                                "If the victim does not agree: the supervisor's reasons for going ahead",
                                "Only " + rank + " or above may go ahead without the victim's agreement, and must"
                                        + " record the agreement themselves")));
        return "form";
    }

    private String conditionsPage(CaseRecord record, AgreementDraft draft, Form form, Model model) {
        model.addAttribute("kase", record.kase());
        model.addAttribute(
                "fields",
                List.of(
                        Question.Field.radios("type", "Kind of condition", "", CONDITION_TYPES),
                        Question.Field.textarea(
                                "detail", "What the offender must do", "For example, a written apology to the shop"),
                        Question.Field.date("due", "Date it is due", "For example, 1 12 2026"),
                        Question.Field.money("amountGbp", "Amount of compensation", "For compensation only")));
        model.addAttribute("draft", draft);
        model.addAttribute("types", TYPES);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        return "cases/conditions";
    }

    private String victimViews(CaseRecord record) {
        JsonNode facts = json.readTree(record.factsJson());
        return facts.path("victim").path("views").asString("");
    }

    private static @Nullable AgreementDraft draft(HttpSession session, String id) {
        return session.getAttribute(AgreementDraft.key(id)) instanceof AgreementDraft d ? d : null;
    }
}
