package uk.crs.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.audit.AuditEntry;
import uk.crs.audit.AuditLog;
import uk.crs.audit.Verification;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseQuery;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Opening;
import uk.crs.cases.Person;
import uk.crs.users.User;

/**
 * The one place the pages reach the {@code cases} use cases and the audit log, so that moving to another application
 * service changes this class alone. Every command goes through the same {@link CaseHandling} as the REST API.
 */
@Component
class CaseWork {

    private final CaseHandling handling;
    private final AuditLog audit;
    private final Clock clock;

    CaseWork(CaseHandling handling, AuditLog audit, Clock clock) {
        this.handling = handling;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a case from the case-facts JSON, as {@code POST /api/cases} does; every answer is audited. */
    Opening create(User user, ObjectNode facts) {
        return handling.open(user, OpenCase.of(facts.toString()));
    }

    CommandResult<CaseRecord> authorise(User user, CaseId id, int version, boolean approve, String rationale) {
        return handling.authorise(user, id, version, approve, rationale);
    }

    CommandResult<CaseRecord> agree(User user, CaseId id, int version, Agreement agreement) {
        return handling.agree(user, id, version, agreement);
    }

    CommandResult<CaseRecord> recordOutcome(
            User user, CaseId id, int version, int condition, ConditionOutcome.Status status, String evidence) {
        return handling.recordOutcome(user, id, version, condition, status, evidence);
    }

    CommandResult<CaseRecord> close(User user, CaseId id, int version, CaseStatus as, boolean victimInformed) {
        return handling.close(user, id, version, as, victimInformed);
    }

    /** A case of the user's force, or a 404 page: other forces' cases and malformed ids do not exist. */
    CaseRecord find(User user, String id) {
        CaseId caseId = CaseId.parse(id);
        Optional<CaseRecord> found = caseId == null ? Optional.empty() : handling.find(user, caseId);
        return found.orElseThrow(() -> PageRefused.notFound("no case " + id + " in the user's force"));
    }

    /** The people of a case, for police roles (each read is audited); empty for anyone else. */
    List<Person> people(User user, CaseRecord record) {
        CommandResult<List<Person>> people = handling.people(user, record.kase().id());
        return people instanceof CommandResult.Done<List<Person>> done ? done.value() : List.of();
    }

    /** The user's force's cases, newest first, optionally of one status. */
    List<CaseRecord> search(User user, @Nullable CaseStatus status) {
        return handling.search(new CaseQuery(user.force(), status, null, null, 1000));
    }

    /** Cases awaiting a decision this supervisor's rank carries, oldest first, never their own. */
    List<CaseRecord> queue(User user) {
        return search(user, CaseStatus.AWAITING_AUTHORISATION).stream()
                .filter(r -> mayDecide(user, r))
                .sorted(Comparator.comparing(r -> r.kase().createdAt()))
                .toList();
    }

    /** Awaiting a decision this user's rank carries, on a case they did not create. */
    static boolean mayDecide(User user, CaseRecord record) {
        return record.kase().status() == CaseStatus.AWAITING_AUTHORISATION
                && !record.kase().officer().equals(user.username())
                && user.role().hasRankAtLeast(record.kase().requiredAuthority());
    }

    /** A condition past its due date with no outcome recorded. */
    record Overdue(CaseRecord record, Condition condition) {}

    /** The force's conditions past their due date with no outcome recorded, the longest overdue first. */
    List<Overdue> overdue(User user) {
        LocalDate today = today();
        List<Overdue> overdue = new ArrayList<>();
        for (CaseRecord r : search(user, CaseStatus.AGREED)) {
            for (Condition c : r.kase().conditions()) {
                if (c.outcome() == null && c.due().isBefore(today)) {
                    overdue.add(new Overdue(r, c));
                }
            }
        }
        overdue.sort(Comparator.comparing(o -> o.condition().due()));
        return overdue;
    }

    List<AuditEntry> trail(CaseRecord record) {
        return audit.forCase(record.kase().id().value());
    }

    Verification verify() {
        return audit.verify();
    }
}
