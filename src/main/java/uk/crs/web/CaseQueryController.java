package uk.crs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import uk.crs.audit.AuditLog;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseQuery;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Refusal;
import uk.crs.users.Role;
import uk.crs.users.SignedInUser;
import uk.crs.users.User;

/** Searching a force's cases and reading one case's audit trail. */
@RestController
@Tag(name = "cases")
class CaseQueryController {

    /** Who may read a case's audit trail: the police roles, auditors and administrators of the case's force. */
    static final Set<Role> AUDIT_READERS =
            EnumSet.of(Role.OFFICER, Role.SERGEANT, Role.INSPECTOR, Role.SUPERINTENDENT, Role.AUDITOR, Role.ADMIN);

    private final CaseHandling handling;
    private final AuditLog audit;
    private final CaseJson json;

    CaseQueryController(CaseHandling handling, AuditLog audit, CaseJson json) {
        this.handling = handling;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/api/cases")
    @Operation(
            summary = "Your force's cases, newest first, without personal data; from/to are dates (YYYY-MM-DD,"
                    + " inclusive) of creation")
    ArrayNode search(
            @AuthenticationPrincipal SignedInUser signedIn,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String force,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "100") int limit) {
        User user = signedIn.user();
        List<FieldProblem> problems = new ArrayList<>();
        CaseStatus wanted = null;
        if (status != null) {
            try {
                wanted = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        "status", "must be one of " + List.of(CaseStatus.values()) + ", found \"" + status + "\""));
            }
        }
        Instant start = day(from, "from", problems, 0);
        Instant end = day(to, "to", problems, 1);
        if (limit < 1 || limit > 1000) {
            problems.add(new FieldProblem("limit", "must be 1 to 1000, found " + limit));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (force != null && !force.equals(user.force())) {
            throw new CommandRefused(new Refusal(
                    Refusal.Kind.ROLE_NOT_PERMITTED,
                    "you may search only your own force's cases (" + user.force() + "), not " + force));
        }
        ArrayNode cases = json.array();
        handling.search(new CaseQuery(user.force(), wanted, start, end, limit)).forEach(r -> cases.add(json.write(r)));
        return cases;
    }

    @GetMapping("/api/cases/{id}/audit")
    @Operation(summary = "The audit entries about one case of your force, oldest first")
    ArrayNode audit(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String id) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        if (handling.find(user, caseId).isEmpty()) {
            throw new CommandRefused(new Refusal(Refusal.Kind.NOT_FOUND, "no case " + id + " in your force"));
        }
        if (!AUDIT_READERS.contains(user.role())) {
            throw new CommandRefused(new Refusal(
                    Refusal.Kind.ROLE_NOT_PERMITTED, "the role " + user.role() + " may not read audit trails"));
        }
        return json.audit(audit.forCase(caseId.value()));
    }

    private static @Nullable Instant day(@Nullable String text, String name, List<FieldProblem> problems, int plus) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(plus).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "must be a date as YYYY-MM-DD, found \"" + text + "\""));
            return null;
        }
    }
}
