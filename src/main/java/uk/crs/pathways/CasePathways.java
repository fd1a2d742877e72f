package uk.crs.pathways;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import uk.crs.analytics.AnalyticsStore;
import uk.crs.analytics.pathways.ClosedCase;
import uk.crs.analytics.pathways.Pathways;
import uk.crs.analytics.pathways.PathwaysReport;
import uk.crs.analytics.records.RecordsSecret;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.ClosedCases;

/** Pathways side by side with crs's own closed cases, read through {@link ClosedCases}. */
public final class CasePathways {

    private CasePathways() {}

    /**
     * The report; {@code cases} empty with a reason when the case store could not be read. Published (counts perturbed
     * under the analytics store's records secret, no reference listed) unless {@code internal}.
     */
    public static PathwaysReport report(
            AnalyticsStore store,
            String force,
            YearMonth from,
            YearMonth to,
            Optional<ClosedCases> cases,
            String whyNoCases,
            boolean internal) {
        Optional<List<ClosedCase>> closed = cases.map(c -> closed(c, force, from, to));
        return new Pathways(store)
                .report(
                        force,
                        from,
                        to,
                        closed,
                        closed.isPresent() ? "" : whyNoCases,
                        internal ? Optional.empty() : Optional.of(RecordsSecret.perturbation(store)));
    }

    /** The force's cases closed from the first day of {@code from} to the last of {@code to} (UTC). */
    static List<ClosedCase> closed(ClosedCases cases, String force, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return cases.closedIn(List.of(force), start, end).stream()
                .map(CasePathways::closedCase)
                .toList();
    }

    static ClosedCase closedCase(CaseRecord r) {
        CaseRecord.Closure closure = r.closure();
        Instant at = closure == null ? r.kase().updatedAt() : closure.at();
        CaseRecord.AgreementDetails agreement = r.agreement();
        return new ClosedCase(
                r.kase().id().value(),
                YearMonth.from(at.atZone(ZoneOffset.UTC)),
                r.offenceCode(),
                closure == null ? uk.crs.cases.Case.HOME_OFFICE_OUTCOME_CR : closure.homeOfficeOutcome(),
                r.kase().status() == CaseStatus.COMPLETED,
                agreement != null && agreement.offenderAccepts());
    }
}
