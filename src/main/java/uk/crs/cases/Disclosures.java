package uk.crs.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.crs.audit.AuditEvent;
import uk.crs.audit.AuditLog;
import uk.crs.cases.internal.Cases;
import uk.crs.policy.Rank;
import uk.crs.users.User;

/** Disclosure of community resolutions on criminal record checks, and the inspector's mark that makes one relevant. */
@Service
public class Disclosures {

    /** States in which a community resolution has actually been given (agreed), and so could be disclosed. */
    static final Set<CaseStatus> GIVEN = EnumSet.of(CaseStatus.AGREED, CaseStatus.COMPLETED, CaseStatus.NOT_COMPLETED);

    private final Cases cases;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    Disclosures(Cases cases, AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Marks a given community resolution as relevant to enhanced checks; inspectors and above only. */
    public CommandResult<CaseRecord> markRelevant(User by, CaseId id, String reason) {
        Instant now = clock.instant();
        return tx.execute(status -> {
            CaseRecord record = cases.record(id)
                    .filter(r -> r.kase().force().equals(by.force()))
                    .orElse(null);
            Refusal refusal = record == null
                    ? new Refusal(Refusal.Kind.NOT_FOUND, "no case " + id + " in your force")
                    : !by.role().hasRankAtLeast(Rank.INSPECTOR)
                            ? new Refusal(
                                    Refusal.Kind.INSUFFICIENT_RANK,
                                    "marking a case relevant to enhanced checks needs INSPECTOR or above, found "
                                            + by.role())
                            : !GIVEN.contains(record.kase().status())
                                    ? new Refusal(
                                            Refusal.Kind.TRANSITION_NOT_ALLOWED,
                                            "only a community resolution that was given can be disclosed; this case is "
                                                    + record.kase().status())
                                    : null;
            append(by, id, CaseAction.MARK_DISCLOSURE_RELEVANT, refusal, reason, now);
            if (refusal != null) {
                return new CommandResult.Refused<>(refusal);
            }
            cases.markDisclosureRelevant(
                    id, new CaseRecord.DisclosureMark(by.username(), by.role().name(), reason, now));
            return new CommandResult.Done<>(cases.record(id).orElseThrow());
        });
    }

    /** What a check at {@code level} would show about the person, from the user's force's cases; audited. */
    public CommandResult<DisclosureReport> check(User by, String personRef, DisclosureLevel level) {
        Instant now = clock.instant();
        return tx.execute(status -> {
            List<CaseRecord> theirs = cases.forOffender(personRef).stream()
                    .filter(r -> r.kase().force().equals(by.force()))
                    .toList();
            Refusal refusal = !by.role().isPolice()
                    ? new Refusal(Refusal.Kind.ROLE_NOT_PERMITTED, "the role " + by.role() + " may not run checks")
                    : theirs.isEmpty()
                            ? new Refusal(Refusal.Kind.NOT_FOUND, "no person " + personRef + " in your force's cases")
                            : null;
            append(by, null, CaseAction.DISCLOSURE_CHECK, refusal, personRef + ":" + level, now);
            if (refusal != null) {
                return new CommandResult.Refused<>(refusal);
            }
            List<DisclosureReport.Shown> shown = level != DisclosureLevel.ENHANCED
                    ? List.of()
                    : theirs.stream()
                            .filter(r -> GIVEN.contains(r.kase().status()) && r.disclosureMark() != null)
                            .map(Disclosures::shown)
                            .toList();
            return new CommandResult.Done<>(new DisclosureReport(personRef, level, note(level), shown));
        });
    }

    private static DisclosureReport.Shown shown(CaseRecord r) {
        CaseRecord.DisclosureMark mark = java.util.Objects.requireNonNull(r.disclosureMark());
        return new DisclosureReport.Shown(
                r.kase().id().value(), r.offenceCode(), r.kase().status(), mark.reason(), mark.by());
    }

    private static String note(DisclosureLevel level) {
        return level == DisclosureLevel.ENHANCED
                ? "an enhanced check shows a community resolution only where the police judged it relevant"
                : "a community resolution is not a conviction and is never shown on a " + level + " check";
    }

    private void append(
            User by, @Nullable CaseId id, CaseAction action, @Nullable Refusal refusal, String payload, Instant now) {
        audit.append(
                new AuditEvent(
                        by.username(),
                        by.role().name(),
                        by.force(),
                        id == null ? null : id.value(),
                        action.name(),
                        refusal == null ? CaseHandling.ACCEPTED : refusal.kind().name(),
                        AuditLog.digest(payload)),
                now);
    }
}
