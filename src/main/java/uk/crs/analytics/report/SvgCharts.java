package uk.crs.analytics.report;

import java.util.ArrayList;
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
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BAR_LEFT = 200;
    private static final int LEGEND_ROW = 18;
    private static final int LINE = 12;
    /** The width of a character of the 11-pixel labels, generously, for placing them. */
    private static final double CHAR_WIDTH = 6.2;

    private static final String BLUE = "#1d70b8";
    private static final String RED = "#d4351c";
    private static final String GREY = "#505a5f";
    private static final String MID_GREY = "#6f777b";
    private static final int BOTTOM = 50;

    private SvgCharts() {}

    /**
     * The funnel plot: a title, both axes titled, the national share, the 95% and 99.8% limits adjusted for
     * over-dispersion (solid blue) and not adjusted (dashed grey), and a legend under the plot that names each. Points
     * outside the adjusted 95% limits are red and labelled, labels moved apart so that none overlaps another or runs
     * off the chart; the others are listed by {@link #funnelCaption}.
     */
    static String funnel(String title, FunnelPlot fit, List<FunnelPoint> points) {
        if (points.isEmpty()) {
            return "<p>No force has assigned outcomes in this period, so there is no funnel plot.</p>";
        }
        int legendTop = H - BOTTOM + 44;
        int height = legendTop + 4 * LEGEND_ROW + 8;
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
        StringBuilder svg = open(title, height);
        heading(svg, title);
        axes(svg, x, y, "crimes with an assigned outcome (log scale)", true);
        yTitle(svg, "share of assigned outcomes that were CRs");
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
                svg.append("<path d=\"").append(path).append('"').append(limitStyle(adjusted, Math.abs(z) > 3));
                svg.append("/>");
            }
        }
        svg.append(line(x.at(x.min), y.at(fit.target()), x.at(x.max), y.at(fit.target()), "#0b0c0c"));
        List<Label> labels = new ArrayList<>();
        for (FunnelPoint p : points) {
            double px = x.at(Math.log10(p.n()));
            double py = y.at(p.share());
            boolean outside = outside(p);
            svg.append("<circle cx=\"")
                    .append(f(px))
                    .append("\" cy=\"")
                    .append(f(py))
                    .append("\" r=\"4\" fill=\"")
                    .append(outside ? RED : GREY)
                    .append("\"><title>")
                    .append(Html.escape(p.label() + ": " + percent(p.share()) + " of "
                            + String.format(Locale.ROOT, "%,d", p.n())
                            + (p.position() == null ? "" : ", " + p.position().words())))
                    .append("</title></circle>");
            if (outside) {
                labels.add(new Label(p.label(), px, py));
            }
        }
        for (Label l : spread(labels, TOP + 6, H - BOTTOM - 4)) {
            svg.append(text(l.x(), l.y(), l.text(), l.anchor()));
        }
        legend(svg, legendTop, fit.target());
        return svg.append("</svg>").toString();
    }

    /** The points in words: those outside the adjusted 95% limits with their position, then the rest by name. */
    static List<String> funnelCaption(List<FunnelPoint> points) {
        List<String> lines = new ArrayList<>();
        List<String> within = new ArrayList<>();
        for (FunnelPoint p : points) {
            if (outside(p)) {
                lines.add(p.label() + ": " + percent(p.share()) + ", "
                        + java.util.Objects.requireNonNull(p.position()).words());
            } else {
                within.add(p.label());
            }
        }
        if (!within.isEmpty()) {
            lines.add("In line with the national rate (inside the adjusted 95% limits): " + String.join(", ", within)
                    + ".");
        }
        return lines;
    }

    private static boolean outside(FunnelPoint p) {
        return p.position() != null && p.position() != FunnelPosition.WITHIN;
    }

    private static String limitStyle(boolean adjusted, boolean outer) {
        return " fill=\"none\" stroke=\"" + (adjusted ? BLUE : MID_GREY) + "\" stroke-width=\"" + (outer ? "2" : "1")
                + "\"" + (adjusted ? "" : " stroke-dasharray=\"5 3\"");
    }

    /** The legend rows under the funnel plot, each with a sample of what it names. */
    private static void legend(StringBuilder svg, int top, double target) {
        int x = LEFT;
        int half = LEFT + (W - LEFT - RIGHT) / 2;
        svg.append(line(x, top, x + 28, top, "#0b0c0c"))
                .append(text(x + 34, top + 4, "national share, " + percent(target), "start"));
        svg.append("<circle cx=\"")
                .append(half + 14)
                .append("\" cy=\"")
                .append(top)
                .append("\" r=\"4\" fill=\"")
                .append(RED)
                .append("\"/>")
                .append(text(half + 34, top + 4, "force outside the adjusted 95% limits (labelled)", "start"));
        int row = top + LEGEND_ROW;
        legendLine(svg, x, row, true, false, "95% limits, adjusted for over-dispersion");
        legendLine(svg, half, row, true, true, "99.8% limits, adjusted for over-dispersion");
        row += LEGEND_ROW;
        legendLine(svg, x, row, false, false, "95% limits, not adjusted");
        legendLine(svg, half, row, false, true, "99.8% limits, not adjusted");
        row += LEGEND_ROW;
        svg.append("<circle cx=\"")
                .append(x + 14)
                .append("\" cy=\"")
                .append(row)
                .append("\" r=\"4\" fill=\"")
                .append(GREY)
                .append("\"/>")
                .append(text(
                        x + 34, row + 4, "force inside the adjusted 95% limits (listed under the chart)", "start"));
    }

    private static void legendLine(StringBuilder svg, int x, int y, boolean adjusted, boolean outer, String words) {
        svg.append("<path d=\"M")
                .append(x)
                .append(',')
                .append(y)
                .append("L")
                .append(x + 28)
                .append(',')
                .append(y)
                .append('"')
                .append(limitStyle(adjusted, outer))
                .append("/>");
        svg.append(text(x + 34, y + 4, words, "start"));
    }

    /** A label placed beside its point: to the left where it would run off the right edge. */
    private record Label(String text, double x, double y, String anchor) {
        Label(String text, double px, double py) {
            this(
                    text,
                    px + 7 + text.length() * CHAR_WIDTH > W - RIGHT ? px - 7 : px + 7,
                    py + 4,
                    px + 7 + text.length() * CHAR_WIDTH > W - RIGHT ? "end" : "start");
        }

        double left() {
            return anchor.equals("start") ? x : x - text.length() * CHAR_WIDTH;
        }

        double right() {
            return anchor.equals("start") ? x + text.length() * CHAR_WIDTH : x;
        }
    }

    /**
     * Moves labels down (then, if they would fall off the plot, up) until no two that share horizontal space are
     * closer than a line: labels never overlap.
     */
    static List<Label> spread(List<Label> labels, double top, double bottom) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(java.util.Comparator.comparingDouble(Label::y));
        List<Label> placed = new ArrayList<>();
        for (Label l : sorted) {
            double yy = Math.max(l.y(), top);
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Label p : placed) {
                    boolean share = l.left() < p.right() + 4 && p.left() < l.right() + 4;
                    if (share && Math.abs(p.y() - yy) < LINE) {
                        yy = p.y() + LINE;
                        moved = true;
                    }
                }
            }
            placed.add(new Label(l.text(), l.x(), yy, l.anchor()));
        }
        double overflow = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).y() - bottom;
        if (overflow > 0) {
            List<Label> shifted = new ArrayList<>();
            for (Label p : placed) {
                shifted.add(new Label(p.text(), p.x(), Math.max(top, p.y() - overflow), p.anchor()));
            }
            return shifted;
        }
        return placed;
    }

    /** Yearly shares as lines; a missing year breaks the line, so a gap shows as a gap. */
    static String trend(String title, List<Series> series, String yLabel) {
        List<double[]> all = series.stream().flatMap(s -> s.points().stream()).toList();
        if (all.isEmpty()) {
            return "<p>No yearly data.</p>";
        }
        double minX = all.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double maxX = all.stream().mapToDouble(p -> p[0]).max().orElse(1);
        double maxY = all.stream().mapToDouble(p -> p[1]).max().orElse(1) * 1.2;
        Axis x = new Axis(minX - 0.5, maxX + 0.5, LEFT, W - RIGHT);
        Axis y = new Axis(0, maxY <= 0 ? 1 : maxY, H - BOTTOM, TOP);
        StringBuilder svg = open(title, H);
        heading(svg, title);
        axes(svg, x, y, "year", false);
        yTitle(svg, yLabel);
        int legend = 0;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            double previous = Double.NaN;
            for (double[] p : s.points()) {
                path.append(p[0] - previous == 1 ? "L" : "M")
                        .append(f(x.at(p[0])))
                        .append(',')
                        .append(f(y.at(p[1])));
                previous = p[0];
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
            double ly = TOP + 26 + 16 * legend++;
            svg.append(line(LEFT + 10, ly - 4, LEFT + 34, ly - 4, s.colour()).replace("/>", " stroke-width=\"2\"/>"));
            svg.append(text(LEFT + 40, ly, s.name(), "start"));
        }
        for (double[] p : all) {
            svg.append(text(x.at(p[0]), H - BOTTOM + 16, String.valueOf((int) p[0]), "middle"));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Bars of a share with their intervals as whiskers, the national share as a dashed line, an axis title and a
     * caption that says what the whiskers are.
     */
    static String bars(List<Bar> all, String title, @Nullable Double national) {
        // Only bars with a share are drawn; the others are named in one line under the chart.
        List<Bar> bars = all.stream().filter(b -> b.share() != null).toList();
        List<String> notDrawn = all.stream()
                .filter(b -> b.share() == null)
                .map(b -> b.label() + " (" + b.note() + ")")
                .toList();
        int rowHeight = 18;
        int top = TOP + 24;
        int plotBottom = top + rowHeight * Math.max(1, bars.size());
        int height = plotBottom + (notDrawn.isEmpty() ? 74 : 92);
        double max = Math.max(
                national == null ? 0 : national,
                bars.stream()
                        .mapToDouble(
                                b -> b.interval() != null ? b.interval().high() : b.share() == null ? 0 : b.share())
                        .max()
                        .orElse(0));
        Axis x = new Axis(0, max <= 0 ? 1 : max * 1.1, BAR_LEFT, W - RIGHT);
        StringBuilder svg = open(title, height);
        heading(svg, title);
        int row = 0;
        for (Bar b : bars) {
            double yMid = top + rowHeight * row++ + rowHeight / 2.0;
            svg.append(text(BAR_LEFT - 8, yMid + 4, b.label(), "end"));
            if (b.share() == null) {
                svg.append(text(BAR_LEFT + 4, yMid + 4, b.note(), "start"));
                continue;
            }
            svg.append("<rect x=\"" + BAR_LEFT + "\" y=\"")
                    .append(f(yMid - 6))
                    .append("\" width=\"")
                    .append(f(x.at(b.share()) - BAR_LEFT))
                    .append("\" height=\"12\" fill=\"")
                    .append(BLUE)
                    .append("\"><title>")
                    .append(Html.escape(b.label() + ": " + percent(b.share())
                            + (b.interval() == null ? "" : " (95% interval " + interval(b.interval()) + ")")))
                    .append("</title></rect>");
            if (b.interval() != null) {
                double lo = x.at(b.interval().low());
                double hi = x.at(b.interval().high());
                svg.append(line(lo, yMid, hi, yMid, "#0b0c0c"))
                        .append(line(lo, yMid - 4, lo, yMid + 4, "#0b0c0c"))
                        .append(line(hi, yMid - 4, hi, yMid + 4, "#0b0c0c"));
            }
        }
        svg.append(line(BAR_LEFT, plotBottom, W - RIGHT, plotBottom, "#0b0c0c"));
        for (int i = 0; i <= 4; i++) {
            double v = x.min + (x.max - x.min) * i / 4;
            svg.append(text(x.at(v), plotBottom + 16, percent(v), "middle"));
        }
        svg.append(text(
                (BAR_LEFT + W - RIGHT) / 2.0, plotBottom + 34, "share of assigned outcomes that were CRs", "middle"));
        if (national != null) {
            svg.append(line(x.at(national), top - 4, x.at(national), plotBottom, "#0b0c0c")
                    .replace("/>", " stroke-dasharray=\"5 3\"/>"));
        }
        svg.append(text(
                LEFT,
                plotBottom + 58,
                "Bars: each force's share. Whiskers: Wilson 95% confidence intervals."
                        + (national == null ? "" : " Dashed line: the national share, " + percent(national) + "."),
                "start"));
        if (!notDrawn.isEmpty()) {
            svg.append(text(
                    LEFT,
                    plotBottom + 76,
                    notDrawn.size() + (notDrawn.size() == 1 ? " force is" : " forces are")
                            + " not drawn: no outcome data or withheld (see the table).",
                    "start"));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Counts as columns along a time axis (months, say), with a title, both axes titled, whole-number ticks and each
     * column's count in its tooltip; a column of zero is drawn as nothing above the axis, so a gap reads as zero, and
     * the labels along the axis are thinned to every second, third ... one when there are too many to fit.
     */
    static String columns(String title, List<String> labels, List<Long> counts, String xLabel, String yLabel) {
        if (labels.isEmpty() || labels.size() != counts.size()) {
            throw new IllegalArgumentException("a column chart needs one count a label, found " + labels.size()
                    + " labels and " + counts.size() + " counts");
        }
        long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        long step = tickStep(max);
        long top = Math.max(step * 4, ((max + step - 1) / step) * step);
        Axis y = new Axis(0, top, H - BOTTOM, TOP + 10);
        double slot = (double) (W - RIGHT - LEFT) / labels.size();
        StringBuilder svg = open(title, H);
        heading(svg, title);
        svg.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM, "#0b0c0c"));
        svg.append(line(LEFT, TOP + 10, LEFT, H - BOTTOM, "#0b0c0c"));
        for (long v = 0; v <= top; v += step) {
            svg.append(text(LEFT - 6, y.at(v) + 4, String.format(Locale.ROOT, "%,d", v), "end"));
            if (v > 0) {
                svg.append(line(LEFT, y.at(v), W - RIGHT, y.at(v), "#b1b4b6"));
            }
        }
        int every = (int) Math.ceil(labels.size() / Math.max(1.0, (W - RIGHT - LEFT) / (CHAR_WIDTH * 8)));
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + slot * i;
            long n = counts.get(i);
            double width = Math.max(1, slot * 0.7);
            svg.append("<rect x=\"")
                    .append(f(x + (slot - width) / 2))
                    .append("\" y=\"")
                    .append(f(y.at(n)))
                    .append("\" width=\"")
                    .append(f(width))
                    .append("\" height=\"")
                    .append(f(y.at(0) - y.at(n)))
                    .append("\" fill=\"")
                    .append(BLUE)
                    .append("\"><title>")
                    .append(Html.escape(labels.get(i) + ": " + String.format(Locale.ROOT, "%,d", n)))
                    .append("</title></rect>");
            if (i % every == 0) {
                svg.append(text(x + slot / 2, H - BOTTOM + 16, labels.get(i), "middle"));
            }
        }
        svg.append(text((LEFT + W - RIGHT) / 2.0, H - BOTTOM + 34, xLabel, "middle"));
        yTitle(svg, yLabel);
        return svg.append("</svg>").toString();
    }

    /** A whole-number step for about four ticks up to {@code max}: 1, 2 or 5 times a power of ten. */
    static long tickStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m * 4 >= max) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private record Axis(double min, double max, double from, double to) {
        double at(double v) {
            return from + (v - min) / (max - min) * (to - from);
        }
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + height
                + "\" role=\"img\" aria-label=\"" + Html.escape(title)
                + "\" class=\"chart\" font-family=\"arial, sans-serif\">");
    }

    /** The chart's title, across its top. */
    private static void heading(StringBuilder svg, String title) {
        svg.append("<text x=\"")
                .append(LEFT)
                .append("\" y=\"14\" font-size=\"13\" font-weight=\"bold\">")
                .append(Html.escape(title))
                .append("</text>");
    }

    /** The y axis's title, turned to run up the axis. */
    private static void yTitle(StringBuilder svg, String words) {
        double cy = (TOP + H - BOTTOM) / 2.0;
        svg.append("<text x=\"14\" y=\"")
                .append(f(cy))
                .append("\" transform=\"rotate(-90 14 ")
                .append(f(cy))
                .append(")\" text-anchor=\"middle\" font-size=\"11\">")
                .append(Html.escape(words))
                .append("</text>");
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
        svg.append(text((LEFT + W - RIGHT) / 2.0, H - BOTTOM + 34, xLabel, "middle"));
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
