package uk.crs.web.pages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.crs.audit.Verification;
import uk.crs.cases.CaseRecord;
import uk.crs.users.User;

/**
 * {@code /audit}: whether the audit chain is intact, and each case's trail in plain English ({@link AuditTrail}), for
 * auditors.
 */
@Controller
class AuditPages {

    private final CaseWork work;
    private final Formats formats;

    AuditPages(CaseWork work, Formats formats) {
        this.work = work;
        this.formats = formats;
    }

    @GetMapping("/audit")
    String overview(Authentication auth, Model model) {
        User user = Access.auditor(auth);
        Verification verification = work.verify();
        model.addAttribute("intact", verification instanceof Verification.Intact);
        model.addAttribute("verification", verification);
        model.addAttribute("cases", work.search(user, null));
        return "audit/overview";
    }

    @GetMapping("/audit/cases/{id}")
    String trail(Authentication auth, @PathVariable String id, Model model) {
        User user = Access.auditor(auth);
        CaseRecord record = work.find(user, id);
        model.addAttribute("kase", record.kase());
        model.addAttribute("lines", AuditTrail.of(record, work.trail(record), formats));
        return "audit/trail";
    }
}
