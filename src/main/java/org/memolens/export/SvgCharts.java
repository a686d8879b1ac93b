package org.memolens.export;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn as inline SVG, so a report is one self-contained file that any browser shows
 * offline. No JavaFX, no scripts, no external fonts: the output is plain markup with escaped text.
 */
public final class SvgCharts {

    /** A band of colour per series, cycled; the first memo is blue, the second orange. */
    public static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b");

    /**
     * One line of a line chart.
     *
     * @param points pairs {x, y}: x in [0, 1] (position in the memo), y in the chart's range
     */
    public record Line(String name, String colour, List<double[]> points) {
    }

    /** One series of a bar chart, one value per category. */
    public record Bars(String name, String colour, List<Double> values) {
    }

    private static final int WIDTH = 640;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;

    private SvgCharts() {
    }

    /** A line chart of y in [yMin, yMax] over x in [0, 1], with a zero line and a legend. */
    public static String lines(String title, List<Line> lines, double yMin, double yMax, String xLabel) {
        int height = 236;
        int top = 30;
        int bottom = 56;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = height - top - bottom;
        StringBuilder svg = open(title, WIDTH, height);
        text(svg, LEFT, 18, title, "title");
        for (double tick : new double[] {yMin, (yMin + yMax) / 2, yMax}) {
            double y = top + plotH * (yMax - tick) / (yMax - yMin);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"%s\"/>",
                    LEFT, y, WIDTH - RIGHT, y, tick == 0 ? "zero" : "grid"));
            text(svg, LEFT - 6, y + 4, fmt(tick), "tick end");
        }
        text(svg, LEFT + plotW / 2, top + plotH + 20, xLabel, "axis middle");
        for (Line line : lines) {
            StringBuilder d = new StringBuilder();
            for (double[] p : line.points()) {
                double x = LEFT + plotW * clamp(p[0], 0, 1);
                double y = top + plotH * (yMax - clamp(p[1], yMin, yMax)) / (yMax - yMin);
                d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            }
            if (d.length() > 0) {
                svg.append("<path fill=\"none\" stroke-width=\"2\" stroke=\"").append(Html.colour(line.colour()))
                        .append("\" d=\"").append(d).append("\"><title>").append(Html.escape(line.name()))
                        .append("</title></path>");
            }
        }
        legend(svg, lines.stream().map(Line::name).toList(), lines.stream().map(Line::colour).toList(), height - 16);
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one group per category and one bar per series; values in [0, max]. */
    public static String bars(String title, List<String> categories, List<Bars> series, double max, boolean percent) {
        int barH = 12;
        int groupH = barH * series.size() + 8;
        int labelW = 190;
        int top = 30;
        int height = top + groupH * categories.size() + 34;
        double plotW = WIDTH - labelW - RIGHT - 50;
        StringBuilder svg = open(title, WIDTH, height);
        text(svg, 8, 18, title, "title");
        for (int c = 0; c < categories.size(); c++) {
            double groupY = top + c * groupH;
            text(svg, labelW - 6, groupY + groupH / 2.0 + 3, categories.get(c), "label end");
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).values().get(c);
                double value = v == null ? 0 : v;
                double w = max <= 0 ? 0 : plotW * clamp(value / max, 0, 1);
                double y = groupY + s * barH;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s: %s</title></rect>", labelW, y, w, barH - 2, Html.colour(series.get(s).colour()),
                        Html.escape(series.get(s).name() + " · " + categories.get(c)),
                        Html.escape(percent ? pct(value) : fmt(value))));
                text(svg, labelW + w + 4, y + barH - 3, percent ? pct(value) : fmt(value), "value");
            }
        }
        if (series.size() > 1) {
            legend(svg, series.stream().map(Bars::name).toList(), series.stream().map(Bars::colour).toList(), height - 22);
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\">");
        return svg;
    }

    private static void legend(StringBuilder svg, List<String> names, List<String> colours, double y) {
        double x = LEFT;
        for (int i = 0; i < names.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    x, y, Html.colour(colours.get(i))));
            String name = names.get(i).length() > 40 ? names.get(i).substring(0, 39) + "…" : names.get(i);
            text(svg, x + 14, y + 9, name, "legend");
            x += 24 + 6.5 * name.length();
        }
    }

    private static void text(StringBuilder svg, double x, double y, String text, String cls) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, cls))
                .append(Html.escape(text)).append("</text>");
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
