package uk.crs.analytics.reoffending;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.report.Interval;

/** Two pathways compared on exactly matched people. */
public record ComparisonReport(
        String force,
        YearMonth from,
        YearMonth to,
        LocalDate asAt,
        boolean synthetic,
        int compare,
        int with,
        Arm compareArm,
        Arm withArm,
        int strata,
        List<Balance> balance,
        Effect proven,
        Effect sanctioned) {

    public static final String METHOD = "exact matching: people of the two pathways are grouped by age band at the"
            + " index (10-17, 18-24, 25-34, 35-49, 50+, unknown), sex, offence group (data.police.uk crime type of the"
            + " index crime) and previous disposals in the records (0, 1, 2, 3 or more); within each group the"
            + " smaller arm is kept whole and as many people of the larger arm are taken, 1:1 without replacement, in"
            + " the order of their pseudonyms (which is arbitrary); groups with nobody in one arm are dropped";

    public ComparisonReport {
        balance = List.copyOf(balance);
    }

    /** An arm's size before and after matching. */
    public record Arm(int outcomeType, int people, int matched) {}

    /** A matching variable's largest standardised mean difference over its levels, before and after matching. */
    public record Balance(String variable, double smdBefore, double smdAfter) {}

    /** Rates in the matched arms, risk difference (Newcombe's hybrid score interval) and risk ratio (Katz log). */
    public record Effect(
            long compareReoffenders,
            long withReoffenders,
            double compareRate,
            double withRate,
            double riskDifference,
            Interval riskDifferenceCi95,
            @Nullable Double riskRatio,
            @Nullable Interval riskRatioCi95) {}
}
