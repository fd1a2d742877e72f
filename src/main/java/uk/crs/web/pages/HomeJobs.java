package uk.crs.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.crs.audit.Verification;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.Condition;
import uk.crs.cases.Transitions;
import uk.crs.users.Role;
import uk.crs.users.User;

/**
 * The signed-in user's work, as the home page lists it by role: a police officer's open cases and the conditions on
 * them due soon or overdue; a supervisor's authorisation queue and the force's overdue conditions; an auditor's chain
 * status; an analyst's way into the analysis pages. A part the role does not have is null, empty or false.
 *
 * @param police whether the user holds a police role (and so has cases of their own)
 * @param openCases the user's own cases still open (decided, awaiting authorisation or agreed), newest first
 * @param openByStatus how many of them are in each open status, in the workflow's order, leaving out none
 * @param conditionsDue conditions with no outcome on the user's open cases, due within {@link #DUE_SOON_DAYS} days or
 *     overdue, soonest first
 * @param queue for supervisors: how many cases wait for a decision their rank may make (never their own)
 * @param overdueInForce for supervisors: how many conditions across the force are past their due date with no outcome
 * @param chain for auditors (and administrators): the audit chain's verification
 * @param analyst whether the user is an analyst
 */
record HomeJobs(
        boolean police,
        List<CaseRecord> openCases,
        List<StatusCount> openByStatus,
        List<Due> conditionsDue,
        @Nullable Integer queue,
        @Nullable Integer overdueInForce,
        @Nullable Verification chain,
        boolean analyst) {

    /**
     * How far ahead a condition counts as due soon: two weeks. A design choice for this page (a placeholder, from no
     * guidance): long enough to chase an apology or a payment before it is late.
     */
    static final int DUE_SOON_DAYS = 14;

    /** The statuses in which a case still needs its officer: the workflow's non-terminal ones, in order. */
    static final List<CaseStatus> OPEN =
            List.of(CaseStatus.DECIDED, CaseStatus.AWAITING_AUTHORISATION, CaseStatus.AGREED);

    HomeJobs {
        openCases = List.copyOf(openCases);
        openByStatus = List.copyOf(openByStatus);
        conditionsDue = List.copyOf(conditionsDue);
    }

    /** {@link #DUE_SOON_DAYS}, for the page. */
    public int dueSoonDays() {
        return DUE_SOON_DAYS;
    }

    /** How many of the user's open cases are in one status. */
    record StatusCount(CaseStatus status, int count) {}

    /** A condition with no outcome yet, and the days left until it is due: negative when overdue. */
    record Due(CaseRecord record, Condition condition, long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }
    }

    static HomeJobs of(User user, CaseWork work) {
        boolean police = Transitions.POLICE.contains(user.role());
        List<CaseRecord> open = new ArrayList<>();
        List<StatusCount> byStatus = new ArrayList<>();
        List<Due> due = new ArrayList<>();
        if (police) {
            for (CaseStatus status : OPEN) {
                List<CaseRecord> mine = work.search(user, status).stream()
                        .filter(r -> r.kase().officer().equals(user.username()))
                        .toList();
                open.addAll(mine);
                byStatus.add(new StatusCount(status, mine.size()));
            }
            open.sort(
                    Comparator.comparing((CaseRecord r) -> r.kase().createdAt()).reversed());
            LocalDate today = work.today();
            for (CaseRecord r : open) {
                for (Condition c : r.kase().conditions()) {
                    long days = ChronoUnit.DAYS.between(today, c.due());
                    if (c.outcome() == null && days <= DUE_SOON_DAYS) {
                        due.add(new Due(r, c, days));
                    }
                }
            }
            due.sort(Comparator.comparingLong(Due::daysLeft));
        }
        boolean supervisor = Transitions.SUPERVISORS.contains(user.role());
        boolean auditor = user.role() == Role.AUDITOR || user.role() == Role.ADMIN;
        return new HomeJobs(
                police,
                open,
                byStatus,
                due,
                supervisor ? work.queue(user).size() : null,
                supervisor ? work.overdue(user).size() : null,
                auditor ? work.verify() : null,
                user.role() == Role.ANALYST);
    }
}
