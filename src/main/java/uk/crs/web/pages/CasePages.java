package uk.crs.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.cases.Case;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.users.User;

/** {@code /cases}: the force's cases; {@code /cases/{id}}: one case with its task list and timeline. */
@Controller
class CasePages {

    private final CaseWork work;
    private final JsonMapper json;
    private final Formats formats;

    CasePages(CaseWork work, JsonMapper json, Formats formats) {
        this.work = work;
        this.json = json;
        this.formats = formats;
    }

    @GetMapping("/cases")
    String list(
            Authentication auth,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String reference,
            Model model) {
        User user = Access.police(auth);
        CaseStatus wanted = null;
        for (CaseStatus s : CaseStatus.values()) {
            if (s.name().equals(status)) {
                wanted = s;
            }
        }
        String ref = reference == null ? "" : reference.strip().toLowerCase(Locale.UK);
        List<CaseRecord> cases = work.search(user, wanted).stream()
                .filter(r -> ref.isEmpty() || r.kase().id().value().startsWith(ref))
                .toList();
        model.addAttribute("cases", cases);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("reference", reference == null ? "" : reference.strip());
        return "cases/list";
    }

    @GetMapping("/cases/{id}")
    String show(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        model.addAttribute(
                "title", "Case " + formats.reference(record.kase().id().value()));
        model.addAttribute("record", record);
        model.addAttribute("kase", record.kase());
        DecisionView decision = DecisionView.read(json, record.decisionJson());
        model.addAttribute("decision", decision);
        model.addAttribute("people", work.people(user, record));
        model.addAttribute("tasks", tasks(record));
        model.addAttribute("timeline", CaseHistory.of(record, decision, work.trail(record), formats));
        model.addAttribute("done", done == null ? "" : done);
        return "cases/case";
    }

    @GetMapping("/cases/{id}/decision")
    String decision(Authentication auth, @PathVariable String id, Model model) {
        User user = Access.police(auth);
        CaseRecord record = work.find(user, id);
        model.addAttribute("kase", record.kase());
        model.addAttribute("decision", DecisionView.read(json, record.decisionJson()));
        return "cases/decision";
    }

    /** What remains to do on a case, in workflow order. */
    private List<Task> tasks(CaseRecord record) {
        Case kase = record.kase();
        String base = "/cases/" + kase.id();
        CaseStatus status = kase.status();
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("Check the decision", base + "/decision", "Completed", ""));
        if (status == CaseStatus.NOT_PERMITTED) {
            return tasks;
        }
        String rank = formats.rank(kase.requiredAuthority().name());
        if (record.authorisations().stream().anyMatch(a -> !a.kind().equals("OVERRIDE"))) {
            tasks.add(Task.done("Authorisation", status == CaseStatus.REFUSED ? "Refused" : "Authorised"));
        } else if (status == CaseStatus.AWAITING_AUTHORISATION) {
            tasks.add(Task.waiting("Authorisation", "Waiting for " + rank + " or above"));
        } else {
            tasks.add(Task.done("Authorisation", "Not needed"));
        }
        if (status == CaseStatus.DECIDED) {
            tasks.add(Task.todo("Record the agreement", base + "/agreement"));
        } else if (record.agreement() != null) {
            tasks.add(Task.done("Record the agreement", "Completed"));
        } else {
            tasks.add(Task.waiting("Record the agreement", "Cannot start yet"));
        }
        for (Condition c : kase.conditions()) {
            String name =
                    "Condition " + c.id() + ": " + formats.sentence(c.type().name()) + ", due " + formats.date(c.due());
            ConditionOutcome outcome = c.outcome();
            if (outcome != null) {
                tasks.add(Task.done(name, formats.sentence(outcome.status().name())));
            } else if (status == CaseStatus.AGREED) {
                tasks.add(Task.todo(name, base + "/conditions/" + c.id() + "/outcome"));
            } else {
                tasks.add(Task.waiting(name, "Not recorded"));
            }
        }
        boolean allRecorded = kase.conditions().stream().allMatch(c -> c.outcome() != null);
        if (status.terminal()) {
            tasks.add(Task.done("Close the case", formats.status(status)));
        } else if (status == CaseStatus.AGREED && allRecorded) {
            tasks.add(Task.todo("Close the case", base + "/close"));
        } else {
            tasks.add(Task.waiting("Close the case", "Cannot start yet"));
        }
        return tasks;
    }
}
