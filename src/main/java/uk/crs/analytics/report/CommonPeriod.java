package uk.crs.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The common period of a comparison across forces: the latest unbroken run of months loaded for every force with
 * outcome data (forces with no file, or that publish no outcomes, do not narrow it).
 */
record CommonPeriod(List<YearMonth> months, int forces, boolean broken) {

    static CommonPeriod of(List<ForceCoverage> coverage) {
        TreeSet<YearMonth> common = null;
        int forces = 0;
        for (ForceCoverage c : coverage) {
            if (c.state() != ForceCoverage.State.OUTCOMES_LOADED) {
                continue;
            }
            forces++;
            if (common == null) {
                common = new TreeSet<>(c.months());
            } else {
                common.retainAll(c.months());
            }
        }
        if (common == null || common.isEmpty()) {
            return new CommonPeriod(List.of(), forces, false);
        }
        // The latest unbroken run: a gap in the common months is never bridged.
        List<YearMonth> run = new ArrayList<>();
        for (YearMonth m : common.descendingSet()) {
            if (!run.isEmpty() && !m.equals(run.get(run.size() - 1).minusMonths(1))) {
                break;
            }
            run.add(m);
        }
        java.util.Collections.reverse(run);
        return new CommonPeriod(run, forces, run.size() < common.size());
    }

    YearMonth first() {
        return months.get(0);
    }

    YearMonth last() {
        return months.get(months.size() - 1);
    }

    String note() {
        return "Period: the common period (--period common, the default), " + first() + " to " + last()
                + ", the months loaded for every one of the " + forces + " forces with outcome data"
                + (broken ? " (the latest unbroken run of such months; earlier common months are left out)" : "")
                + "; --period all uses every month loaded.";
    }
}
