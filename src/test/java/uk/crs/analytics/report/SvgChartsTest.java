package uk.crs.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a reader needs from each chart: titles, named lines, labels that neither overlap nor clip, honest intervals. */
class SvgChartsTest {

    private static final Pattern TEXT = Pattern.compile(
            "<text x=\"([-\\d.]+)\" y=\"([-\\d.]+)\" text-anchor=\"(\\w+)\" font-size=\"11\">([^<]*)</text>");

    private static final FunnelPlot FIT = new FunnelPlot(0.05, 1.0, 0.0001);

    @Test
    void theFunnelPlotHasATitleBothAxisTitlesAndALegendNamingEveryLine() {
        String svg = SvgCharts.funnel(
                "Funnel plot: test",
                FIT,
                List.of(
                        new SvgCharts.FunnelPoint("Alpha Police", 4_000, 0.05, FunnelPosition.WITHIN),
                        new SvgCharts.FunnelPoint("Beta Police", 3_000, 0.12, FunnelPosition.ABOVE_998)));

        assertThat(svg)
                .contains(">Funnel plot: test</text>")
                .contains("crimes with an assigned outcome (log scale)")
                .contains("rotate(-90")
                .contains("share of assigned outcomes that were CRs")
                .contains("national share, 5.0%")
                .contains("95% limits, adjusted for over-dispersion")
                .contains("99.8% limits, adjusted for over-dispersion")
                .contains("95% limits, not adjusted")
                .contains("99.8% limits, not adjusted")
                .contains("force outside the adjusted 95% limits (labelled)")
                .doesNotContain("binomial")
                .doesNotContain("ABOVE_998");
        // Only the outlier is labelled; the other is listed under the chart, and the outlier is in words.
        assertThat(labels(svg)).extracting(Label::text).contains("Beta Police").doesNotContain("Alpha Police");
        assertThat(SvgCharts.funnelCaption(List.of(
                        new SvgCharts.FunnelPoint("Alpha Police", 4_000, 0.05, FunnelPosition.WITHIN),
                        new SvgCharts.FunnelPoint("Beta Police", 3_000, 0.12, FunnelPosition.ABOVE_998))))
                .containsExactly(
                        "Beta Police: 12.0%, well above the national rate (outside the 99.8% limit)",
                        "In line with the national rate (inside the adjusted 95% limits): Alpha Police.");
    }

    @Test
    void outlierLabelsNeverOverlapEachOtherNorRunOffTheChart() {
        List<SvgCharts.FunnelPoint> crowded = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // twelve outliers at almost the same place, the largest at the right-hand edge
            crowded.add(new SvgCharts.FunnelPoint(
                    "Avon and Somerset Constabulary " + i,
                    50_000 + 10L * i,
                    0.2 + 0.0001 * i,
                    FunnelPosition.ABOVE_998));
        }
        crowded.add(new SvgCharts.FunnelPoint("Small Force", 100, 0.05, FunnelPosition.WITHIN));

        List<Label> labels = labels(SvgCharts.funnel("Crowded", FIT, crowded)).stream()
                .filter(l -> l.text().startsWith("Avon"))
                .toList();

        assertThat(labels).hasSize(12);
        for (Label l : labels) {
            assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(0);
            assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(720);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i);
                Label b = labels.get(j);
                boolean apartAcross = a.right() <= b.left() || b.right() <= a.left();
                boolean apartDown = Math.abs(a.y() - b.y()) >= 12;
                assertThat(apartAcross || apartDown).as(a + " and " + b).isTrue();
            }
        }
    }

    @Test
    void theBarChartHasAnAxisTitleTheNationalLineAndSaysWhatTheWhiskersAre() {
        String svg = SvgCharts.bars(
                List.of(
                        new SvgCharts.Bar("Alpha Police", 0.05, new Interval(0.04, 0.06), ""),
                        new SvgCharts.Bar("Gamma Police", null, null, "no outcome data")),
                "Bars: test",
                0.045);

        assertThat(svg)
                .contains(">Bars: test</text>")
                .contains("share of assigned outcomes that were CRs")
                .contains("Whiskers: Wilson 95% confidence intervals")
                .contains("Dashed line: the national share, 4.5%")
                .contains("stroke-dasharray")
                .contains("1 force is not drawn: no outcome data or withheld (see the table).")
                .doesNotContain(">Gamma Police<");
    }

    @Test
    void aMissingYearBreaksTheTrendLine() {
        String svg = SvgCharts.trend(
                "Trend: test",
                List.of(new SvgCharts.Series(
                        "share",
                        "#1d70b8",
                        List.of(new double[] {2016, 0.1}, new double[] {2017, 0.12}, new double[] {2019, 0.11}))),
                "share that were CRs");

        Matcher path = Pattern.compile("<path d=\"([^\"]*)\" fill=\"none\" stroke=\"#1d70b8\"")
                .matcher(svg);
        assertThat(path.find()).isTrue();
        // 2016 to 2017 joined; 2019 starts afresh: two moves, one line.
        assertThat(path.group(1).chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(path.group(1).chars().filter(c -> c == 'L').count()).isEqualTo(1);
        assertThat(svg).contains(">Trend: test</text>").contains("share that were CRs");
    }

    @Test
    void columnsHaveATitleBothAxisTitlesAColumnAMonthAndAxisLabelsThatDoNotOverlap() {
        List<String> months = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int m = 1; m <= 24; m++) {
            months.add(String.format("20%02d-%02d", 25 + (m - 1) / 12, (m - 1) % 12 + 1));
            counts.add(m == 5 ? 0L : 3L * m);
        }
        String svg = SvgCharts.columns("CRs closed by month: test", months, counts, "month of closure", "closed");
        assertThat(svg).contains(">CRs closed by month: test</text>").contains(">month of closure</text>");
        assertThat(svg).contains(">closed</text>");
        assertThat(svg.split("<rect ", -1)).hasSize(25);
        assertThat(svg).contains("<title>2026-12: 72</title>").contains("<title>2025-05: 0</title>");
        // ticks in whole steps up to at least the tallest column
        assertThat(svg).contains(">80</text>").doesNotContain(">2.5</text>");
        List<Label> axis = new ArrayList<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            if (text.group(4).matches("\\d{4}-\\d{2}")) {
                axis.add(new Label(
                        text.group(4),
                        Double.parseDouble(text.group(1)),
                        Double.parseDouble(text.group(2)),
                        text.group(3)));
            }
        }
        assertThat(axis).hasSizeBetween(6, 24);
        for (int i = 1; i < axis.size(); i++) {
            assertThat(axis.get(i).left()).isGreaterThan(axis.get(i - 1).right());
        }
        assertThat(SvgCharts.tickStep(0)).isEqualTo(1);
        assertThat(SvgCharts.tickStep(9)).isEqualTo(5);
        assertThat(SvgCharts.tickStep(27)).isEqualTo(10);
        assertThat(SvgCharts.tickStep(1_234)).isEqualTo(500);
    }

    @Test
    void intervalsNeverPrintEqualEnds() {
        assertThat(SvgCharts.interval(new Interval(0.00901, 0.00904))).isEqualTo("0.901% to 0.904%");
        assertThat(SvgCharts.interval(new Interval(0.031, 0.052))).isEqualTo("3.1% to 5.2%");
    }

    private record Label(String text, double x, double y, String anchor) {
        double left() {
            return anchor.equals("start") ? x : anchor.equals("end") ? x - width() : x - width() / 2;
        }

        double right() {
            return left() + width();
        }

        /** Arial at 11 pixels averages well under 6.2 pixels a character. */
        double width() {
            return text.length() * 6.2;
        }
    }

    private static List<Label> labels(String svg) {
        List<Label> labels = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            labels.add(
                    new Label(m.group(4), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3)));
        }
        return labels;
    }
}
