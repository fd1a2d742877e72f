package uk.crs.scrutiny;

import java.util.Locale;

/** A funnel plot of a collation as a self-contained, accessible SVG (title and description for screen readers). */
public final class FunnelSvg {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private FunnelSvg() {}

    public static String render(Collation c) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"funnel-title funnel-desc\" font-family=\"sans-serif\""
                        + " font-size=\"12\">\n");
        svg.append("<title id=\"funnel-title\">Share of reviewed community resolutions found inappropriate, by panel"
                + "</title>\n");
        Double pooled = c.pooledRate();
        svg.append("<desc id=\"funnel-desc\">")
                .append(
                        pooled == null
                                ? "No unsuppressed findings to plot."
                                : String.format(
                                        Locale.ROOT,
                                        "Funnel plot of %d panel-years against the pooled rate %.1f%% from %d cases,"
                                                + " with 95%% and 99.8%% limits.",
                                        c.rows().stream()
                                                .filter(r -> r.rate() != null)
                                                .count(),
                                        pooled * 100,
                                        c.pooledReviewed()))
                .append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        int maxN = c.rows().stream()
                .mapToInt(r -> r.reviewed() == null ? 0 : r.reviewed())
                .max()
                .orElse(0);
        maxN = Math.max(10, (int) Math.ceil(maxN * 1.1));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        // axes
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#0b0c0c"));
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "#0b0c0c"));
        for (int pct = 0; pct <= 100; pct += 20) {
            double y = TOP + plotH * (1 - pct / 100.0);
            svg.append(text(LEFT - 8, y + 4, "end", pct + "%"));
        }
        for (int k = 0; k <= 4; k++) {
            int n = maxN * k / 4;
            svg.append(text(LEFT + plotW * n / maxN, TOP + plotH + 18, "middle", Integer.toString(n)));
        }
        svg.append(text(LEFT + plotW / 2, HEIGHT - 10, "middle", "cases reviewed"));
        svg.append(text(LEFT, TOP - 15, "start", "inappropriate (%)"));
        if (pooled != null) {
            double y0 = TOP + plotH * (1 - pooled);
            svg.append(line(LEFT, y0, LEFT + plotW, y0, "#1d70b8"));
            for (double[] z :
                    new double[][] {{Interval.Z95, 0}, {-Interval.Z95, 0}, {Collation.Z998, 1}, {-Collation.Z998, 1}}) {
                StringBuilder path = new StringBuilder();
                for (int n = 2; n <= maxN; n++) {
                    double x = LEFT + plotW * n / maxN;
                    double y = TOP + plotH * (1 - Collation.limit(pooled, n, z[0]));
                    path.append(path.isEmpty() ? "M" : "L")
                            .append(fmt(x))
                            .append(' ')
                            .append(fmt(y));
                }
                svg.append("<path d=\"")
                        .append(path)
                        .append("\" fill=\"none\" stroke=\"#505a5f\"")
                        .append(z[1] == 1 ? " stroke-dasharray=\"6 4\"" : "")
                        .append("/>\n");
            }
        }
        for (Collation.Row r : c.rows()) {
            if (r.rate() == null || r.reviewed() == null) {
                continue;
            }
            double x = LEFT + plotW * r.reviewed() / maxN;
            double y = TOP + plotH * (1 - r.rate());
            svg.append("<circle cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\" r=\"5\" fill=\"#d4351c\"><title>")
                    .append(escape(r.panel() + " " + r.year() + ": " + r.inappropriate() + " of " + r.reviewed()))
                    .append("</title></circle>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"/>\n";
    }

    private static String text(double x, double y, String anchor, String s) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + escape(s)
                + "</text>\n";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
