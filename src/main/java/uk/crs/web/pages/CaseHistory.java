package uk.crs.web.pages;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.crs.audit.AuditEntry;
import uk.crs.cases.CaseAction;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.Transition;
import uk.crs.cases.Transitions;

/**
 * A case's history as its page shows it: every command taken on the case, oldest first, from its audit trail. Each
 * accepted command says which status it moved the case from and to (read from the one {@link Transitions} table, as
 * the case itself is) and what it recorded: the decision, each authorisation's rationale, the agreement, each
 * condition's outcome and evidence, the close. A refused or invalid attempt is listed with why it was refused.
 *
 * <p>The audit log stores a digest of each command, not its content; the content comes from the case record, matched
 * to the audit entries in order (the n-th accepted outcome entry is the n-th outcome recorded).
 */
final class CaseHistory {

    /** One line of the history. {@code from} and {@code to} are null when the command did not change the status. */
    record Line(
            String title,
            boolean accepted,
            @Nullable CaseStatus from,
            @Nullable CaseStatus to,
            String actor,
            String role,
            Instant at,
            List<String> details) {

        Line {
            details = List.copyOf(details);
        }

        public boolean statusChanged() {
            return from != to && to != null;
        }
    }

    private CaseHistory() {}

    static List<Line> of(CaseRecord record, DecisionView decision, List<AuditEntry> trail, Formats formats) {
        Deque<CaseRecord.Authorisation> decisions = new ArrayDeque<>(record.authorisations().stream()
                .filter(a -> !a.kind().equals("OVERRIDE"))
                .sorted(Comparator.comparing(CaseRecord.Authorisation::at))
                .toList());
        Deque<Condition> outcomes = new ArrayDeque<>(record.kase().conditions().stream()
                .filter(c -> c.outcome() != null)
                .sorted(Comparator.comparing(CaseHistory::recordedAt).thenComparing(Condition::id))
                .toList());
        List<Line> lines = new ArrayList<>();
        CaseStatus status = null;
        for (AuditEntry e : trail) {
            CaseAction action = action(e.action());
            if (action == CaseAction.READ_PERSONAL_DATA) {
                continue;
            }
            if (!e.result().equals(CaseHandling.ACCEPTED)) {
                lines.add(new Line(
                        formats.sentence(e.action()) + ": not done",
                        false,
                        null,
                        null,
                        e.actor(),
                        e.role(),
                        e.at(),
                        List.of("Refused: " + formats.sentence(e.result()).toLowerCase(Locale.UK))));
                continue;
            }
            if (action == null) {
                lines.add(new Line(
                        formats.sentence(e.action()), true, null, null, e.actor(), e.role(), e.at(), List.of()));
                continue;
            }
            CaseStatus to = next(action, status, record, decision);
            List<String> details = new ArrayList<>();
            String title =
                    switch (action) {
                        case CREATE -> {
                            details.add("Decision: " + decision.outcomeText());
                            yield "Case opened";
                        }
                        case AUTHORISE, REFUSE -> {
                            CaseRecord.Authorisation a = decisions.poll();
                            if (a != null) {
                                details.add("Rationale: " + a.rationale());
                            }
                            yield action == CaseAction.AUTHORISE ? "Authorised" : "Refused";
                        }
                        case AGREE -> {
                            agreement(record, formats, details);
                            yield "Agreement recorded";
                        }
                        case RECORD_OUTCOME -> {
                            Condition c = outcomes.poll();
                            ConditionOutcome outcome = c == null ? null : c.outcome();
                            if (c == null || outcome == null) {
                                yield "A condition's outcome recorded";
                            }
                            details.add(formats.sentence(c.type().name()) + ": " + c.detail());
                            details.add(
                                    formats.sentence(outcome.status().name()) + ". Evidence: " + outcome.evidence());
                            yield "Condition " + c.id() + "'s outcome recorded";
                        }
                        case CLOSE -> {
                            CaseRecord.Closure closure = record.closure();
                            if (closure != null) {
                                details.add("Victim told the outcome: " + (closure.victimInformed() ? "yes" : "no"));
                            }
                            yield "Case closed";
                        }
                        case WITHDRAW -> {
                            String reason = record.withdrawnReason();
                            if (reason != null) {
                                details.add("Reason: " + reason);
                            }
                            yield "Case withdrawn";
                        }
                        case MARK_DISCLOSURE_RELEVANT -> {
                            CaseRecord.DisclosureMark mark = record.disclosureMark();
                            if (mark != null) {
                                details.add("Reason: " + mark.reason());
                            }
                            yield "Marked relevant to disclosure";
                        }
                        default -> formats.sentence(e.action());
                    };
            lines.add(new Line(title, true, status, to, e.actor(), e.role(), e.at(), details));
            if (to != null) {
                status = to;
            }
        }
        return lines;
    }

    /**
     * The status an accepted command moved the case to: the one the transitions table allows from {@code from}, or,
     * where the table allows several, the one the record shows (the decision for a new case, the final status for a
     * close). Null when the command changes no status.
     */
    private static @Nullable CaseStatus next(
            CaseAction action, @Nullable CaseStatus from, CaseRecord record, DecisionView decision) {
        List<CaseStatus> allowed = Transitions.all().stream()
                .filter(t -> t.action() == action && t.from() == from)
                .map(Transition::to)
                .toList();
        if (allowed.size() == 1) {
            return allowed.get(0);
        }
        CaseStatus shown =
                switch (action) {
                    case CREATE ->
                        switch (decision.outcome()) {
                            case "NOT_PERMITTED" -> CaseStatus.NOT_PERMITTED;
                            case "AUTHORISATION_REQUIRED" -> CaseStatus.AWAITING_AUTHORISATION;
                            default -> CaseStatus.DECIDED;
                        };
                    default -> record.kase().status();
                };
        return allowed.contains(shown) ? shown : null;
    }

    private static void agreement(CaseRecord record, Formats formats, List<String> details) {
        CaseRecord.AgreementDetails agreement = record.agreement();
        if (agreement == null) {
            return;
        }
        details.add("Offender accepts: " + (agreement.offenderAccepts() ? "yes" : "no"));
        details.add("Victim's views: " + agreement.victimViews());
        if (agreement.victimConsents()) {
            details.add("The victim agrees");
        }
        record.authorisations().stream()
                .filter(a -> a.kind().equals("OVERRIDE"))
                .forEach(a -> details.add("The victim does not agree; overridden by " + a.by() + " ("
                        + formats.sentence(a.role()) + "): " + a.rationale()));
        int conditions = record.kase().conditions().size();
        details.add(conditions == 1 ? "1 condition" : conditions + " conditions");
    }

    private static Instant recordedAt(Condition c) {
        ConditionOutcome outcome = c.outcome();
        return outcome == null ? Instant.MAX : outcome.at();
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
