package org.memolens.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.memolens.domain.Codebook;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.SentenceAnalysis;

/**
 * A memo's text as escaped HTML: each sentence a span classed by tone, impact and gap, devices
 * underlined within it, frames as chips after it, the evidence in a tooltip. Text between
 * sentences (blank lines, list markers) is kept, escaped, so the layout survives.
 */
final class SentenceMarkup {

    private SentenceMarkup() {
    }

    static String of(String text, List<SentenceAnalysis> sentences, Codebook codebook) {
        StringBuilder html = new StringBuilder("<div class=\"memo-text\">");
        int at = 0;
        for (SentenceAnalysis s : sentences) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            html.append(Html.escape(text.substring(at, s.start())));
            html.append("<span class=\"").append(classes(s)).append("\" title=\"").append(Html.escape(tooltip(text, s)))
                    .append("\">");
            html.append(withDevices(text, s));
            html.append("</span>");
            for (String code : s.frames().stream().map(FrameHit::code).distinct().toList()) {
                String colour = codebook.find(code).map(c -> c.colour()).orElse(null);
                html.append("<span class=\"chip\" style=\"border-color:").append(Html.colour(colour)).append("\">")
                        .append(Html.escape(codebook.find(code).map(c -> c.name()).orElse(code))).append("</span>");
            }
            at = s.end();
        }
        html.append(Html.escape(text.substring(Math.min(at, text.length()))));
        return html.append("</div>").toString();
    }

    private static String classes(SentenceAnalysis s) {
        List<String> classes = new ArrayList<>(List.of("s"));
        if (s.tone() != null) {
            classes.add("tone-" + s.tone().label().code());
        }
        if (s.impact() != null && s.impact().label() == ImpactLabel.HARM) {
            classes.add("harm");
        }
        if (s.gap()) {
            classes.add("gap");
        }
        return String.join(" ", classes);
    }

    private static String withDevices(String text, SentenceAnalysis s) {
        StringBuilder sb = new StringBuilder();
        int at = s.start();
        List<DeviceHit> devices = s.devices().stream().sorted(Comparator.comparingInt(DeviceHit::start)).toList();
        for (DeviceHit d : devices) {
            if (d.start() < at || d.end() > s.end()) {
                continue; // overlapping or outside: shown in the tooltip only
            }
            sb.append(Html.escape(text.substring(at, d.start())));
            sb.append("<span class=\"device ").append(d.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" title=\"").append(Html.escape(deviceNote(d))).append("\">")
                    .append(Html.escape(text.substring(d.start(), d.end()))).append("</span>");
            at = d.end();
        }
        sb.append(Html.escape(text.substring(at, s.end())));
        return sb.toString();
    }

    static String deviceNote(DeviceHit d) {
        String type = d.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return d.gloss() == null ? type : type + ": " + d.gloss();
    }

    private static String tooltip(String text, SentenceAnalysis s) {
        List<String> lines = new ArrayList<>();
        lines.add("Sentence " + (s.index() + 1));
        if (s.tone() != null) {
            lines.add(String.format(Locale.ROOT, "Tone: %s (%.2f, confidence %.0f%%)", s.tone().label().code(),
                    s.tone().score(), s.tone().confidence() * 100));
            if (!s.tone().evidence().isEmpty()) {
                lines.add("  because of: " + s.tone().evidence().stream()
                        .map(e -> String.format(Locale.ROOT, "%s (%+.2f)", e.text(), e.weight()))
                        .collect(Collectors.joining(", ")));
            }
        }
        if (s.impact() != null) {
            lines.add("Impact on staff: " + s.impact().label().code() + evidence(s.impact().evidence()));
        }
        for (FrameHit f : s.frames()) {
            lines.add("Frame " + f.code() + evidence(f.evidence()));
        }
        if (s.gap()) {
            lines.add("Sugar-coated: means harm for staff, worded in a " + s.tone().label().code() + " tone");
        }
        return String.join("\n", lines);
    }

    private static String evidence(List<Evidence> evidence) {
        return evidence.isEmpty() ? "" : " (" + evidence.stream().map(Evidence::text).collect(Collectors.joining(", ")) + ")";
    }
}
