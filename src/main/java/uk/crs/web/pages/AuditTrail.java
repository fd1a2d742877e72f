package uk.crs.web.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.CaseAction;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.Refusal;

/**
 * A case's audit trail as the auditor's page shows it: each entry with what happened in plain English ("Authorised by
 * an inspector", "Condition 1 completed", "An attempt by an officer to authorise, refused: their rank is too low").
 * The audit log holds each command's digest, not its content; where a description needs content (which condition,
 * completed or not; how the case closed) it comes from the case record, matched to the entries in order as the case
 * page's history does ({@link CaseHistory}).
 */
final class AuditTrail {

    /** One entry of the trail and its description. */
    record Line(AuditEntry entry, String description) {}

    /** What each command tried to do, for a refused attempt: "An attempt by a sergeant to authorise, refused". */
    private static final Map<String, String> ATTEMPTS = Map.of(
            CaseAction.CREATE.name(), "open the case",
            CaseAction.AUTHORISE.name(), "authorise",
            CaseAction.REFUSE.name(), "refuse",
            CaseAction.AGREE.name(), "record the agreement",
            CaseAction.RECORD_OUTCOME.name(), "record a condition's outcome",
            CaseAction.CLOSE.name(), "close the case",
            CaseAction.WITHDRAW.name(), "withdraw the case",
            CaseAction.MARK_DISCLOSURE_RELEVANT.name(), "mark the case relevant to disclosure",
            CaseAction.READ_PERSONAL_DATA.name(), "see the personal details");

    /** Why an attempt was refused, by the result the audit log recorded. */
    private static final Map<String, String> REASONS = Map.of(
            Refusal.Kind.ROLE_NOT_PERMITTED.name(),
            "their role may not do this",
            Refusal.Kind.SELF_AUTHORISATION.name(),
            "they may not authorise a case they created",
            Refusal.Kind.INSUFFICIENT_RANK.name(),
            "their rank is too low",
            Refusal.Kind.TRANSITION_NOT_ALLOWED.name(),
            "the case was not at a stage that allows it",
            Refusal.Kind.CONFLICT.name(),
            "someone else had changed the case",
            Refusal.Kind.NOT_FOUND.name(),
            "there was no such case",
            "INVALID",
            "the details given were not valid");

    private AuditTrail() {}

    static List<Line> of(CaseRecord record, List<AuditEntry> trail, Formats formats) {
        Deque<Condition> outcomes = new ArrayDeque<>(record.kase().conditions().stream()
                .filter(c -> c.outcome() != null)
                .sorted(Comparator.comparing(AuditTrail::recordedAt).thenComparing(Condition::id))
                .toList());
        List<Line> lines = new ArrayList<>();
        for (AuditEntry e : trail) {
            String by = formats.rank(e.role());
            String description;
            if (!e.result().equals(CaseHandling.ACCEPTED)) {
                description = "An attempt by " + by + " to "
                        + ATTEMPTS.getOrDefault(
                                e.action(), formats.sentence(e.action()).toLowerCase(java.util.Locale.UK))
                        + ", refused: "
                        + REASONS.getOrDefault(
                                e.result(), formats.sentence(e.result()).toLowerCase(java.util.Locale.UK));
            } else {
                description = accepted(e, by, record, outcomes, formats);
            }
            lines.add(new Line(e, description));
        }
        return lines;
    }

    private static String accepted(
            AuditEntry e, String by, CaseRecord record, Deque<Condition> outcomes, Formats formats) {
        CaseAction action = action(e.action());
        if (action == null) {
            return formats.sentence(e.action()) + " by " + by;
        }
        return switch (action) {
            case CREATE -> "Case opened by " + by;
            case AUTHORISE -> "Authorised by " + by;
            case REFUSE -> "Authorisation refused by " + by;
            case AGREE ->
                record.authorisations().stream().anyMatch(a -> a.kind().equals("OVERRIDE"))
                        ? "Agreement recorded by " + by + ", the victim's objection overridden by a supervisor"
                        : "Agreement recorded by " + by;
            case RECORD_OUTCOME -> {
                Condition c = outcomes.poll();
                ConditionOutcome outcome = c == null ? null : c.outcome();
                if (c == null || outcome == null) {
                    yield "A condition's outcome recorded by " + by;
                }
                yield switch (outcome.status()) {
                    case COMPLETED -> "Condition " + c.id() + " completed";
                    case NOT_COMPLETED -> "Condition " + c.id() + " not completed";
                };
            }
            case CLOSE -> {
                CaseRecord.Closure closure = record.closure();
                String as = record.kase().status() == CaseStatus.COMPLETED
                        ? "Case closed as completed"
                        : record.kase().status() == CaseStatus.NOT_COMPLETED
                                ? "Case closed as not completed"
                                : "Case closed";
                yield closure == null
                        ? as
                        : as + (closure.victimInformed() ? "; the victim was told" : "; the victim was not told");
            }
            case WITHDRAW -> "Case withdrawn by " + by;
            case MARK_DISCLOSURE_RELEVANT -> "Marked relevant to disclosure by " + by;
            case READ_PERSONAL_DATA -> "Personal details seen by " + by;
            case DISCLOSURE_CHECK -> "Disclosure check by " + by;
        };
    }

    private static java.time.Instant recordedAt(Condition c) {
        ConditionOutcome outcome = c.outcome();
        return outcome == null ? java.time.Instant.MAX : outcome.at();
    }

    private static @Nullable CaseAction action(String name) {
        for (CaseAction a : CaseAction.values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
