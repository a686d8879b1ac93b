package org.memolens.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.memolens.domain.Codebook;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;
import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;
import org.memolens.research.PlainSummary;
import org.memolens.research.WeightedLogOdds;

/**
 * A report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts and no
 * external resources, so it opens offline in any browser and can be mailed as it is. All memo text
 * and metadata are escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The report of one memo: figures, charts, and the text with every result marked. */
    public static String memo(Memo memo, MemoAnalysis analysis, Codebook codebook, Instant generatedAt) {
        ComparedMemo m = ComparedMemo.of(memo, analysis);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(memo.title())).append("</h1>");
        body.append("<p class=\"meta\">").append(Html.escape(byline(memo))).append("</p>");
        body.append("<p class=\"summary\">").append(Html.escape(PlainSummary.gap(m.metrics(), m.hasFraming())))
                .append("</p>");
        body.append("<section class=\"charts\">").append(charts(List.of(m), codebook)).append("</section>");
        body.append("<h2>The memo, sentence by sentence</h2>").append(legend());
        body.append(SentenceMarkup.of(memo.text(), analysis.sentences(), codebook));
        body.append(provenance(List.of(m), generatedAt));
        return page(memo.title(), body.toString());
    }

    /** The report of a comparison: the figures with deltas, overlaid charts, distinctive words, the texts. */
    public static String comparison(Comparison comparison, Codebook codebook, Instant generatedAt) {
        List<ComparedMemo> memos = comparison.memos();
        StringBuilder body = new StringBuilder();
        String title = "Comparison: " + String.join(" · ", memos.stream().map(m -> m.memo().title()).toList());
        body.append("<h1>").append(Html.escape(title)).append("</h1>");
        body.append("<ol class=\"memos\">");
        for (int i = 0; i < memos.size(); i++) {
            ComparedMemo m = memos.get(i);
            body.append("<li><span class=\"swatch\" style=\"background:").append(colour(i)).append("\"></span><strong>")
                    .append(Html.escape(m.memo().title())).append("</strong> <span class=\"meta\">")
                    .append(Html.escape(byline(m.memo()))).append("</span><br>")
                    .append(Html.escape(PlainSummary.gap(m.metrics(), m.hasFraming()))).append("</li>");
        }
        body.append("</ol>");
        body.append("<h2>Every figure</h2>").append(metricTable(comparison));
        body.append("<section class=\"charts\">").append(charts(memos, codebook)).append("</section>");
        body.append("<h2>Distinctive words</h2><p class=\"note\">Weighted log-odds ratio with an informative "
                + "Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), each memo against the others; z above 1.96 "
                + "is significant at the 5% level.</p><div class=\"columns\">");
        for (int i = 0; i < memos.size(); i++) {
            body.append("<div><h3>").append(Html.escape(memos.get(i).memo().title())).append("</h3>");
            if (comparison.distinctive().get(i).isEmpty()) {
                body.append("<p class=\"note\">No word stands out.</p>");
            }
            body.append("<ol class=\"words\">");
            for (WeightedLogOdds.Score s : comparison.distinctive().get(i)) {
                body.append("<li>").append(Html.escape(s.word())).append(String.format(Locale.ROOT,
                        " <span class=\"meta\">z = %.2f, %d× vs %d×</span></li>", s.z(), s.focusCount(), s.otherCount()));
            }
            body.append("</ol></div>");
        }
        body.append("</div><h2>The memos</h2>").append(legend()).append("<div class=\"columns\">");
        for (ComparedMemo m : memos) {
            body.append("<div><h3>").append(Html.escape(m.memo().title())).append("</h3>")
                    .append(SentenceMarkup.of(m.memo().text(), m.analysis().sentences(), codebook)).append("</div>");
        }
        body.append("</div>").append(provenance(memos, generatedAt));
        return page(title, body.toString());
    }

    private static String metricTable(Comparison comparison) {
        StringBuilder t = new StringBuilder("<table class=\"metrics\"><thead><tr><th>Figure</th>");
        List<ComparedMemo> memos = comparison.memos();
        for (int i = 0; i < memos.size(); i++) {
            t.append("<th>").append(Html.escape(memos.get(i).memo().title())).append("</th>");
            if (i > 0) {
                t.append("<th>Δ vs first</th>");
            }
        }
        t.append("</tr></thead><tbody>");
        for (MetricRow row : comparison.rows()) {
            t.append("<tr><td>").append(Html.escape(row.label())).append("</td>");
            for (int i = 0; i < memos.size(); i++) {
                t.append("<td class=\"num\">").append(Html.escape(row.format(row.values().get(i)))).append("</td>");
                if (i > 0) {
                    t.append("<td class=\"num delta\">").append(Html.escape(row.formatDelta(row.delta(i)))).append("</td>");
                }
            }
            t.append("</tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    private static String charts(List<ComparedMemo> memos, Codebook codebook) {
        StringBuilder sb = new StringBuilder();
        if (memos.stream().anyMatch(ComparedMemo::hasTone)) {
            List<SvgCharts.Line> lines = new ArrayList<>();
            for (int i = 0; i < memos.size(); i++) {
                List<double[]> points = memos.get(i).metrics().toneArc().stream()
                        .map(p -> new double[] {p.position(), p.score()}).toList();
                lines.add(new SvgCharts.Line(memos.get(i).memo().title(), colour(i), points));
            }
            sb.append(SvgCharts.lines("Tone arc: tone of each sentence from start to end", lines, -1, 1,
                    "position in the memo (start → end)"));
        }
        if (memos.stream().anyMatch(ComparedMemo::hasFraming)) {
            List<String> codes = new ArrayList<>();
            for (var code : codebook.codes()) {
                if (memos.stream().anyMatch(m -> m.metrics().frameShares().getOrDefault(code.code(), 0.0) > 0)) {
                    codes.add(code.code());
                }
            }
            memos.forEach(m -> m.metrics().frameShares().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add));
            List<SvgCharts.Bars> series = new ArrayList<>();
            double max = 0;
            for (int i = 0; i < memos.size(); i++) {
                MemoMetrics metrics = memos.get(i).metrics();
                List<Double> values = codes.stream().map(c -> metrics.frameShares().getOrDefault(c, 0.0)).toList();
                max = Math.max(max, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                series.add(new SvgCharts.Bars(memos.get(i).memo().title(), colour(i), values));
            }
            List<String> names = codes.stream().map(c -> codebook.find(c).map(x -> x.name()).orElse(c)).toList();
            if (!codes.isEmpty()) {
                sb.append(SvgCharts.bars("Frames: share of sentences carrying each frame", names, series, max, true));
            }
            List<SvgCharts.Bars> devices = new ArrayList<>();
            double maxCount = 1;
            for (int i = 0; i < memos.size(); i++) {
                MemoMetrics metrics = memos.get(i).metrics();
                List<Double> values = java.util.Arrays.stream(DeviceType.values())
                        .map(t -> (double) metrics.deviceCounts().getOrDefault(t, 0)).toList();
                maxCount = Math.max(maxCount, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                devices.add(new SvgCharts.Bars(memos.get(i).memo().title(), colour(i), values));
            }
            sb.append(SvgCharts.bars("Devices: how often each was found",
                    java.util.Arrays.stream(DeviceType.values()).map(Comparison::deviceName).toList(), devices, maxCount,
                    false));
        }
        if (sb.length() == 0) {
            sb.append("<p class=\"note\">No tone or framing results in this analysis, so there are no charts.</p>");
        }
        return sb.toString();
    }

    private static String legend() {
        return "<p class=\"legend\"><span class=\"s tone-positive\">positive tone</span> "
                + "<span class=\"s tone-negative\">negative tone</span> <span class=\"s harm\">harm for staff</span> "
                + "<span class=\"s gap\">sugar-coated harm</span> <span class=\"device euphemism\">euphemism</span> "
                + "<span class=\"device agentless-harm\">agentless harm</span> <span class=\"device hedge\">hedge</span> "
                + "<span class=\"device booster\">booster</span> — hover a sentence for its evidence.</p>";
    }

    private static String provenance(List<ComparedMemo> memos, Instant generatedAt) {
        StringBuilder sb = new StringBuilder("<footer><p>Generated by MemoLens on ").append(generatedAt).append(".</p>");
        for (ComparedMemo m : memos) {
            sb.append("<p>").append(Html.escape(m.memo().title())).append(": SHA-256 ").append(m.memo().sha256())
                    .append(", analysis run ").append(m.analysis().run().id()).append(" (")
                    .append(Html.escape(m.analysis().run().sortedComponents().toString())).append(")</p>");
        }
        return sb.append("</footer>").toString();
    }

    static String byline(Memo memo) {
        List<String> parts = new ArrayList<>();
        if (memo.metadata().author() != null) {
            parts.add(memo.metadata().author());
        }
        if (memo.metadata().date() != null) {
            parts.add(memo.metadata().date().toString());
        }
        parts.add(memo.wordCount() + " words");
        return String.join(" · ", parts);
    }

    private static String colour(int i) {
        return SvgCharts.PALETTE.get(i % SvgCharts.PALETTE.size());
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"generator\" content=\"MemoLens\"><title>" + Html.escape(title) + "</title><style>" + CSS
                + "</style></head><body>" + body + "</body></html>\n";
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;
            padding:0 1em;line-height:1.55;color:#1d1d1f}
            h1{font-size:1.6em;margin-bottom:.2em}.meta{color:#666;font-size:.9em}.note{color:#555;font-size:.9em}
            .summary{font-size:1.1em;background:#fff8e1;border-left:4px solid #f0ad4e;padding:.6em 1em}
            .memo-text{white-space:pre-wrap;font-size:1.02em}
            .s.tone-positive{background:#d9f2dd}.s.tone-negative{background:#fadbd8}
            .s.harm{box-shadow:inset 0 -2px 0 #c0392b}.s.gap{outline:2px dashed #e67e22;outline-offset:1px}
            .device{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}
            .device.euphemism{text-decoration-color:#8e44ad;text-decoration-style:wavy}
            .device.agentless-harm{text-decoration-color:#c0392b}.device.hedge{text-decoration-color:#7f8c8d;
            text-decoration-style:dotted}.device.booster{text-decoration-color:#2980b9;text-decoration-style:double}
            .chip{display:inline-block;font-size:.72em;border:1.5px solid;border-radius:9px;padding:0 .5em;
            margin:0 .15em;color:#333;vertical-align:middle;white-space:nowrap}
            table.metrics{border-collapse:collapse;font-size:.92em}table.metrics td,table.metrics th{border-bottom:1px
            solid #ddd;padding:.25em .6em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
            td.delta{color:#555}.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1.5em}
            .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;vertical-align:middle}
            svg.chart{max-width:100%;height:auto;display:block;margin:1em 0}svg .title{font-weight:600;font-size:13px}
            svg text{font-size:11px;fill:#333}svg .end{text-anchor:end}svg .middle{text-anchor:middle}
            svg .grid{stroke:#e3e3e3}svg .zero{stroke:#999;stroke-dasharray:3 3}
            footer{margin-top:3em;color:#777;font-size:.8em;border-top:1px solid #ddd}
            @media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#e6e6e6}.summary{background:#3a3220}
            .s.tone-positive{background:#1f3d26}.s.tone-negative{background:#4a2323}svg text{fill:#ddd}.chip{color:#ddd}}
            """;
}
