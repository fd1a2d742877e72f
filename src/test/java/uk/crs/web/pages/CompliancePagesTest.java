package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.crs.compliance.Compliance;
import uk.crs.compliance.ComplianceCase;
import uk.crs.compliance.ComplianceReport;
import uk.crs.compliance.ComplianceRequest;
import uk.crs.compliance.Measure;
import uk.crs.disclosure.CellKeyPerturbation;
import uk.crs.policy.Rank;

/** The compliance page's tables by month: every measure in exactly one, and each row the report's own counts. */
class CompliancePagesTest {

    @Test
    void theMonthTablesHoldEveryMeasureOnceWithTheReportsCountsAndAWholePeriodRow() {
        ComplianceReport report = Compliance.tabulate(
                List.of(closed("a", true), closed("b", false)),
                new ComplianceRequest(Optional.of("durham"), YearMonth.of(2026, 1), YearMonth.of(2026, 3), true),
                CellKeyPerturbation.withSecret(new byte[32]));
        List<CompliancePages.MonthTable> tables = CompliancePages.monthTables(report);
        List<Measure> shown = new ArrayList<>();
        tables.forEach(t -> shown.addAll(t.measures()));
        assertThat(shown).containsExactlyInAnyOrder(Measure.values());
        for (CompliancePages.MonthTable t : tables) {
            assertThat(t.rows())
                    .extracting(CompliancePages.MonthRow::month)
                    .containsExactly("2026-01", "2026-02", "2026-03", "Whole period");
            assertThat(t.rows())
                    .allSatisfy(r -> assertThat(r.counts()).hasSize(t.measures().size()));
            for (int i = 0; i < t.measures().size(); i++) {
                Measure m = t.measures().get(i);
                assertThat(t.rows().get(1).counts().get(i))
                        .as(m.name())
                        .isEqualTo(report.months().get(1).count(m));
                assertThat(t.rows().get(3).counts().get(i))
                        .as(m.name())
                        .isEqualTo(report.total().count(m));
            }
        }
        assertThat(tables.get(0).rows().get(3).counts().get(0)).isEqualTo(2L); // both cases closed in 2026-02
    }

    private static ComplianceCase closed(String reference, boolean completed) {
        return new ComplianceCase(
                reference,
                "durham",
                YearMonth.of(2026, 2),
                "PERMITTED",
                Rank.NONE,
                false,
                true,
                true,
                true,
                false,
                completed,
                false,
                12,
                Set.of());
    }
}
