package uk.crs.web.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.Opening;
import uk.crs.decision.FieldError;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.users.User;

/**
 * {@code /cases/new}: the offence (searched in the catalogue), the offender, the victim, circumstances, evidence, then
 * check your answers; creating the case shows its decision.
 */
@Controller
@RequestMapping("/cases/new")
class NewCasePages {

    private static final int MAX_RESULTS = 30;

    private final CaseWork work;
    private final JsonMapper json;
    private final Formats formats;
    private final OffenceCatalogue catalogue = OffenceCatalogue.bundled();

    /** Every offence with the lower-cased text a search looks in, built once rather than at every search. */
    private final List<Searchable> searchable = catalogue.all().stream()
            .map(o -> new Searchable(
                    o,
                    (o.code() + " " + o.description() + " " + o.group() + " " + o.subgroup() + " "
                                    + o.modeOfTrialSource())
                            .toLowerCase(Locale.UK)))
            .toList();

    private record Searchable(Offence offence, String text) {

        boolean containsAll(String[] words) {
            for (String w : words) {
                if (!text.contains(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    NewCasePages(CaseWork work, JsonMapper json, Formats formats) {
        this.work = work;
        this.json = json;
        this.formats = formats;
    }

    @GetMapping
    String start(Authentication auth, HttpSession session) {
        Access.police(auth);
        session.setAttribute(CaseDraft.SESSION_KEY, new CaseDraft());
        return "redirect:/cases/new/offence";
    }

    @GetMapping("/offence")
    String offence(
            Authentication auth, HttpSession session, @RequestParam(required = false) @Nullable String q, Model model) {
        Access.police(auth);
        CaseDraft draft = draft(session);
        return offencePage(draft, new Form(draft.answers()), q, model);
    }

    @PostMapping("/offence")
    String saveOffence(
            Authentication auth, HttpSession session, @RequestParam MultiValueMap<String, String> body, Model model) {
        Access.police(auth);
        CaseDraft draft = draft(session);
        Form form = new Form(body);
        String code = form.raw("offenceCode");
        if (code.isEmpty() || catalogue.find(code).isEmpty()) {
            form.error("offenceCode", "Choose the offence: search by its title or statute, then select it");
        }
        LocalDate date = form.date("offenceDate", "the date of the offence", true);
        if (date != null && date.isAfter(work.today())) {
            form.error("offenceDate", "The date of the offence must be today or in the past");
        }
        form.pounds("valueGbp", "the value of the property", false);
        if (!form.valid()) {
            return offencePage(draft, form, form.raw("q"), model);
        }
        draft.save(form.values());
        return "redirect:/cases/new/" + CaseQuestions.next(CaseQuestions.OFFENCE);
    }

    @GetMapping("/{step:offender|victim|circumstances|evidence}")
    String question(Authentication auth, HttpSession session, @PathVariable String step, Model model) {
        Access.police(auth);
        return questionPage(step, new Form(draft(session).answers()), model);
    }

    @PostMapping("/{step:offender|victim|circumstances|evidence}")
    String answer(
            Authentication auth,
            HttpSession session,
            @PathVariable String step,
            @RequestParam MultiValueMap<String, String> body,
            Model model) {
        Access.police(auth);
        CaseDraft draft = draft(session);
        Form form = new Form(body);
        CaseQuestions.check(step, form, work.today());
        if (!form.valid()) {
            return questionPage(step, form, model);
        }
        if (step.equals("circumstances") && !body.containsKey("circumstances")) {
            form.values().put("circumstances", "");
        }
        draft.save(form.values());
        return "redirect:/cases/new/" + CaseQuestions.next(step);
    }

    @GetMapping("/check")
    String check(Authentication auth, HttpSession session, Model model) {
        Access.police(auth);
        return checkPage(draft(session), Map.of(), model);
    }

    @PostMapping("/check")
    String create(Authentication auth, HttpSession session, Model model) {
        User user = Access.police(auth);
        CaseDraft draft = draft(session);
        Opening result = work.create(user, draft.json(json, user.force(), work.today()));
        if (result instanceof Opening.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError e : invalid.errors()) {
                errors.putIfAbsent(CaseQuestions.stepOf(e.field()), "Check " + e.field() + ": it " + e.problem());
            }
            return checkPage(draft, errors, model);
        }
        if (result instanceof Opening.Refused refused) {
            return checkPage(draft, Map.of("offence", refused.refusal().message()), model);
        }
        CaseRecord created = ((Opening.Opened) result).record();
        session.removeAttribute(CaseDraft.SESSION_KEY);
        return "redirect:/cases/" + created.kase().id() + "/decision";
    }

    private String offencePage(CaseDraft draft, Form form, @Nullable String q, Model model) {
        String query = q == null ? "" : q.strip();
        List<Offence> results = query.isEmpty() ? List.of() : search(query);
        Offence chosen = catalogue.find(form.raw("offenceCode")).orElse(null);
        if (chosen != null && !results.contains(chosen)) {
            results = new java.util.ArrayList<>(results);
            results.add(0, chosen);
        }
        if (results.isEmpty() && form.errors().containsKey("offenceCode")) {
            // nothing to choose from yet: the error belongs to the search box
            String message = form.errors().remove("offenceCode");
            Map<String, String> reordered = new LinkedHashMap<>();
            reordered.put("q", message);
            reordered.putAll(form.errors());
            form.errors().clear();
            form.errors().putAll(reordered);
        }
        model.addAttribute("fields", CaseQuestions.OFFENCE_FIELDS);
        model.addAttribute("q", query);
        model.addAttribute("results", results);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        return "cases/new-offence";
    }

    /** Offences whose title, code, group or statute contains every word searched for. */
    private List<Offence> search(String query) {
        String[] words = query.toLowerCase(Locale.UK).split("\\s+");
        return searchable.stream()
                .filter(s -> s.containsAll(words))
                .map(Searchable::offence)
                .limit(MAX_RESULTS)
                .toList();
    }

    private String questionPage(String step, Form form, Model model) {
        Question question = CaseQuestions.page(step).orElseThrow(() -> PageRefused.notFound("no question " + step));
        model.addAttribute("question", question);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute("action", "/cases/new/" + step);
        model.addAttribute("back", "/cases/new/" + CaseQuestions.previous(step));
        return "question";
    }

    private String checkPage(CaseDraft draft, Map<String, String> errors, Model model) {
        Offence offence = catalogue.find(draft.get("offenceCode")).orElse(null);
        model.addAttribute("rows", draft.rows(offence, formats));
        model.addAttribute("errors", errors);
        model.addAttribute("complete", draft.answered("offenceCode") && draft.answered("evidenceSufficient"));
        return "cases/new-check";
    }

    private static CaseDraft draft(HttpSession session) {
        Object draft = session.getAttribute(CaseDraft.SESSION_KEY);
        if (draft instanceof CaseDraft d) {
            return d;
        }
        CaseDraft fresh = new CaseDraft();
        session.setAttribute(CaseDraft.SESSION_KEY, fresh);
        return fresh;
    }
}
