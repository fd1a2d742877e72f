package uk.crs.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;

/** {@code GET /api/audit/verify}: any signed-in user may check that the audit chain is intact. */
@RestController
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/audit/verify")
    VerifyResponse verify() {
        return VerifyResponse.of(auditLog.verify());
    }

    /**
     * {@code {"ok": true, "entries": N}} or {@code {"ok": false, "firstBrokenEntry": N, "reason": "..."}}; the field
     * names are the API's contract (issue 4): do not change them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VerifyResponse(
            boolean ok, @Nullable Long entries, @Nullable Long firstBrokenEntry, @Nullable String reason) {

        static VerifyResponse of(Verification result) {
            if (result instanceof Verification.Intact intact) {
                return new VerifyResponse(true, intact.entries(), null, null);
            }
            Verification.Broken broken = (Verification.Broken) result;
            return new VerifyResponse(false, null, broken.firstBrokenEntry(), broken.reason());
        }
    }
}
