package uk.crs.analytics.reoffending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default period of the re-offending page: the latest cohort that has matured on the records' as-at date. */
class LatestMatureMonthTest {

    @Test
    void aCohortEndingInJune2024MaturesOn30December2025AndNotBefore() {
        // 30 June 2024 plus 12 months' follow-up and 6 months for the outcome: 30 December 2025
        assertThat(ReoffendingRequest.latestMatureMonth(LocalDate.of(2025, 12, 31)))
                .isEqualTo(YearMonth.of(2024, 6));
        assertThat(ReoffendingRequest.latestMatureMonth(LocalDate.of(2025, 12, 30)))
                .isEqualTo(YearMonth.of(2024, 6));
        // on 26 December 2025 (the demo extract's as-at date) only May 2024 has matured (30 November 2025)
        assertThat(ReoffendingRequest.latestMatureMonth(LocalDate.of(2025, 12, 26)))
                .isEqualTo(YearMonth.of(2024, 5));
    }

    @Test
    void theMonthFoundIsMatureAndTheNextIsNot() {
        for (LocalDate asAt = LocalDate.of(2025, 1, 1);
                asAt.isBefore(LocalDate.of(2026, 3, 1));
                asAt = asAt.plusDays(1)) {
            YearMonth month = ReoffendingRequest.latestMatureMonth(asAt);
            assertThat(request(month).maturesOn()).isBeforeOrEqualTo(asAt);
            assertThat(request(month.plusMonths(1)).maturesOn()).isAfter(asAt);
        }
    }

    private static ReoffendingRequest request(YearMonth month) {
        return new ReoffendingRequest(Optional.empty(), month, month, Optional.empty());
    }
}
