package uk.crs.analytics.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Which months of a force are loaded, and whether they carry outcomes: the coverage table at the top of a report. */
public record ForceCoverage(String slug, State state, List<YearMonth> months) {

    public ForceCoverage {
        months = List.copyOf(months);
    }

    /** What is loaded for a force. "No file loaded" and "publishes no outcomes" are different things. */
    public enum State {
        OUTCOMES_LOADED("outcomes loaded"),
        PUBLISHES_NO_OUTCOMES("files loaded, but the force publishes no outcomes"),
        NO_FILE_LOADED("no file loaded");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The months as runs, e.g. "2016-01 to 2017-06, 2018-01": a gap shows as a gap. */
    public String monthRuns() {
        List<String> runs = new ArrayList<>();
        if (months.isEmpty()) {
            return "";
        }
        YearMonth start = months.get(0);
        YearMonth previous = start;
        for (YearMonth m : months.subList(1, months.size())) {
            if (!m.equals(previous.plusMonths(1))) {
                runs.add(run(start, previous));
                start = m;
            }
            previous = m;
        }
        runs.add(run(start, previous));
        return String.join(", ", runs);
    }

    private static String run(YearMonth from, YearMonth to) {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }
}
