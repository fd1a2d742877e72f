package uk.crs.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CommandResult;
import uk.crs.users.User;

/**
 * {@code /authorisations}: the cases this supervisor's rank may decide, oldest first and never their own, and the
 * force's overdue conditions; each case's page authorises or refuses it with a rationale.
 */
@Controller
class AuthorisationPages {

    private final CaseWork work;
    private final JsonMapper json;

    AuthorisationPages(CaseWork work, JsonMapper json) {
        this.work = work;
        this.json = json;
    }

    @GetMapping("/authorisations")
    String queue(Authentication auth, @RequestParam(required = false) @Nullable String done, Model model) {
        User user = Access.supervisor(auth);
        model.addAttribute("queue", work.queue(user));
        model.addAttribute("overdue", work.overdue(user));
        // a model attribute, not the request parameter: Thymeleaf forbids reading parameters in a fragment's arguments
        model.addAttribute("done", done == null ? "" : done);
        return "authorisations/queue";
    }

    @GetMapping("/authorisations/{id}")
    String show(Authentication auth, @PathVariable String id, Model model) {
        User user = Access.supervisor(auth);
        CaseRecord record = work.find(user, id);
        return page(
                user,
                record,
                new Form(Map.of("version", String.valueOf(record.kase().version()))),
                model);
    }

    @PostMapping("/authorisations/{id}")
    String decide(
            Authentication auth,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> body,
            HttpServletResponse response,
            Model model) {
        User user = Access.supervisor(auth);
        CaseRecord record = work.find(user, id);
        Form form = new Form(body);
        String decision =
                form.choice("decision", List.of("APPROVE", "REFUSE"), "Select whether you authorise or refuse");
        String rationale = form.text("rationale", "Enter your rationale: a scrutiny panel will read it");
        if (!form.valid() || decision == null || rationale == null) {
            return page(user, record, form, model);
        }
        CommandResult<CaseRecord> result = work.authorise(
                user, record.kase().id(), Refused.version(form.raw("version")), decision.equals("APPROVE"), rationale);
        String problem = Refused.view(result, "/authorisations/" + id, model, response);
        return problem != null
                ? problem
                : "redirect:/authorisations?done=" + (decision.equals("APPROVE") ? "authorised" : "refused");
    }

    private String page(User user, CaseRecord record, Form form, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("kase", record.kase());
        model.addAttribute("decision", DecisionView.read(json, record.decisionJson()));
        model.addAttribute(
                "rationale", json.readTree(record.factsJson()).path("rationale").asString(""));
        model.addAttribute("own", record.kase().officer().equals(user.username()));
        model.addAttribute("mayDecide", CaseWork.mayDecide(user, record));
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute(
                "fields",
                List.of(
                        Question.Field.radios(
                                "decision",
                                "Your decision",
                                "",
                                List.of(
                                        new Question.Choice("APPROVE", "Authorise the community resolution"),
                                        new Question.Choice("REFUSE", "Refuse it"))),
                        Question.Field.textarea(
                                "rationale", "Your rationale", "Why you decided this; a scrutiny panel will read it")));
        return "authorisations/case";
    }
}
