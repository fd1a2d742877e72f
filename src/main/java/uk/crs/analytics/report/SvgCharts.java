package uk.crs.analytics.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Inline SVG charts for the HTML report: funnel plot, trend lines and bars, drawn from small records. */
final class SvgCharts {

    /** A point on the funnel plot: a force's denominator, share and position. */
    record FunnelPoint(String label, long n, double share, @Nullable FunnelPosition position) {}

    /** A bar: label, share and optional interval. */
    record Bar(String label, @Nullable Double share, @Nullable Interval interval, String note) {}

    /** A series of (x, y) points. */
    record Series(String name, String colour, List<double[]> points) {}

    private static final int W = 720;
    private static final int H = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private SvgCharts() {}

    static String funnel(FunnelPlot fit, List<FunnelPoint> points) {
        if (points.isEmpty()) {
            return "<p>No force has assigned outcomes in this period, so there is no funnel plot.</p>";
        }
        double minN = points.stream().mapToLong(FunnelPoint::n).min().orElse(1) / 2.0;
        double maxN = points.stream().mapToLong(FunnelPoint::n).max().orElse(10) * 2.0;
        double maxY = Math.min(
                1,
                Math.max(
                                points.stream()
                                        .mapToDouble(FunnelPoint::share)
                                        .max()
                                        .orElse(0),
                                fit.limit(minN, Interval.Z998, true))
                        * 1.1);
        Axis x = new Axis(Math.log10(Math.max(1, minN)), Math.log10(maxN), LEFT, W - RIGHT);
        Axis y = new Axis(0, maxY <= 0 ? 1 : maxY, H - BOTTOM, TOP);
        StringBuilder svg = open("Funnel plot of community-resolution share of assigned outcomes by force");
        axes(svg, x, y, "crimes with an assigned outcome (log scale)", true);
        for (boolean adjusted : new boolean[] {false, true}) {
            for (double z : new double[] {Interval.Z95, -Interval.Z95, Interval.Z998, -Interval.Z998}) {
                StringBuilder path = new StringBuilder();
                for (int i = 0; i <= 100; i++) {
                    double logN = x.min + (x.max - x.min) * i / 100;
                    double v = fit.limit(Math.pow(10, logN), z, adjusted);
                    path.append(i == 0 ? "M" : "L")
                            .append(f(x.at(logN)))
                            .append(',')
                            .append(f(y.at(v)));
                }
                svg.append("<path d=\"")
                        .append(path)
                        .append("\" fill=\"none\" stroke=\"")
                        .append(adjusted ? "#1d70b8" : "#b1b4b6")
                        .append("\" stroke-width=\"")
                        .append(Math.abs(z) > 3 ? "1.5" : "1")
                        .append('"')
                        .append(adjusted ? "" : " stroke-dasharray=\"4 3\"")
                        .append("/>");
            }
        }
        svg.append(line(x.at(x.min), y.at(fit.target()), x.at(x.max), y.at(fit.target()), "#0b0c0c"));
        for (FunnelPoint p : points) {
            double px = x.at(Math.log10(p.n()));
            double py = y.at(p.share());
            boolean outside = p.position() != null && p.position() != FunnelPosition.WITHIN;
            svg.append("<circle cx=\"")
                    .append(f(px))
                    .append("\" cy=\"")
                    .append(f(py))
                    .append("\" r=\"4\" fill=\"")
                    .append(outside ? "#d4351c" : "#505a5f")
                    .append("\"><title>")
                    .append(Html.escape(p.label() + ": " + percent(p.share()) + " of " + p.n()
                            + (p.position() == null ? "" : ", " + p.position())))
                    .append("</title></circle>");
            if (outside) {
                svg.append(text(px + 6, py - 4, p.label(), "start"));
            }
        }
        svg.append(text(
                W - RIGHT,
                TOP + 12,
                "dashed: 95% and 99.8% binomial limits; solid blue: adjusted for" + " over-dispersion",
                "end"));
        return svg.append("</svg>").toString();
    }

    static String trend(List<Series> series, String yLabel) {
        List<double[]> all = series.stream().flatMap(s -> s.points().stream()).toList();
        if (all.isEmpty()) {
            return "<p>No yearly data.</p>";
        }
        double minX = all.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double maxX = all.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double maxY = all.stream().mapToDouble(p -> p[1]).max().orElse(1) * 1.2;
        Axis x = new Axis(minX - 0.5, maxX + 0.5, LEFT, W - RIGHT);
        Axis y = new Axis(0, maxY <= 0 ? 1 : maxY, H - BOTTOM, TOP);
        StringBuilder svg = open("Trend of community-resolution shares by year");
        axes(svg, x, y, "year", false);
        int legend = 0;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (double[] p : s.points()) {
                path.append(path.length() == 0 ? "M" : "L")
                        .append(f(x.at(p[0])))
                        .append(',')
                        .append(f(y.at(p[1])));
                svg.append("<circle cx=\"")
                        .append(f(x.at(p[0])))
                        .append("\" cy=\"")
                        .append(f(y.at(p[1])))
                        .append("\" r=\"3\" fill=\"")
                        .append(s.colour())
                        .append("\"><title>")
                        .append(Html.escape(s.name() + " " + (int) p[0] + ": " + percent(p[1])))
                        .append("</title></circle>");
            }
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(s.colour())
                    .append("\" stroke-width=\"2\"/>");
            svg.append(text(LEFT + 10, TOP + 14 + 16 * legend++, s.name(), "start")
                    .replace("<text ", "<text fill=\"" + s.colour() + "\" "));
        }
        for (double[] p : all) {
            svg.append(text(x.at(p[0]), H - BOTTOM + 16, String.valueOf((int) p[0]), "middle"));
        }
        svg.append(text(14, TOP + 10, yLabel, "start"));
        return svg.append("</svg>").toString();
    }

    static String bars(List<Bar> bars, String title) {
        int rowHeight = 18;
        int height = TOP + BOTTOM + rowHeight * Math.max(1, bars.size());
        double max = bars.stream()
                .mapToDouble(b -> b.interval() != null ? b.interval().high() : b.share() == null ? 0 : b.share())
                .max()
                .orElse(0);
        Axis x = new Axis(0, max <= 0 ? 1 : max * 1.1, 260, W - RIGHT);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " "
                + height + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\" class=\"chart\">");
        int row = 0;
        for (Bar b : bars) {
            double yMid = TOP + rowHeight * row++ + rowHeight / 2.0;
            svg.append(text(252, yMid + 4, b.label(), "end"));
            if (b.share() == null) {
                svg.append(text(264, yMid + 4, b.note(), "start"));
                continue;
            }
            svg.append("<rect x=\"260\" y=\"")
                    .append(f(yMid - 6))
                    .append("\" width=\"")
                    .append(f(x.at(b.share()) - 260))
                    .append("\" height=\"12\" fill=\"#1d70b8\"><title>")
                    .append(Html.escape(b.label() + ": " + percent(b.share())))
                    .append("</title></rect>");
            if (b.interval() != null) {
                svg.append(
                        line(x.at(b.interval().low()), yMid, x.at(b.interval().high()), yMid, "#0b0c0c"));
            }
        }
        for (int i = 0; i <= 4; i++) {
            double v = x.min + (x.max - x.min) * i / 4;
            svg.append(text(x.at(v), height - BOTTOM + 20, percent(v), "middle"));
        }
        return svg.append("</svg>").toString();
    }

    private record Axis(double min, double max, double from, double to) {
        double at(double v) {
            return from + (v - min) / (max - min) * (to - from);
        }
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\" class=\"chart\">");
    }

    private static void axes(StringBuilder svg, Axis x, Axis y, String xLabel, boolean logX) {
        svg.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "#0b0c0c"));
        svg.append(line(LEFT, TOP, LEFT, H - BOTTOM, "#0b0c0c"));
        for (int i = 0; i <= 4; i++) {
            double v = y.min + (y.max - y.min) * i / 4;
            svg.append(text(LEFT - 6, y.at(v) + 4, percent(v), "end"));
        }
        if (logX) {
            for (int e = (int) Math.ceil(x.min); e <= x.max; e++) {
                svg.append(text(
                        x.at(e), H - BOTTOM + 16, String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), "middle"));
            }
        }
        svg.append(text((LEFT + W - RIGHT) / 2.0, H - 10, xLabel, "middle"));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
                + colour + "\"/>";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"11\">"
                + Html.escape(s) + "</text>";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /**
     * An interval as "a% to b%", with as many decimals (one to four) as it takes for the two ends to print
     * differently, so that a narrow interval never reads "0.9% to 0.9%".
     */
    static String interval(Interval ci) {
        for (int decimals = 1; decimals <= 4; decimals++) {
            String low = String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * ci.low());
            String high = String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * ci.high());
            if (!low.equals(high) || decimals == 4) {
                return low + " to " + high;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
