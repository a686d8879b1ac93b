package org.memolens.ui.memo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.memolens.domain.Codebook;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ui.Messages;

/**
 * Why a sentence got its results, in words: the tone with the words that pushed it and their
 * weights, the impact with its evidence, each frame with its indicators and detector, each device
 * with its gloss, and whether the sentence sugar-coats harm. Empty parts are empty strings or lists.
 */
public record SentenceEvidence(int number, String text, String tone, List<String> toneWords, String impact,
        List<FrameLine> frames, List<String> devices, String gap) {

    /** One frame: its name, display colour and the indicator words. */
    public record FrameLine(String code, String name, String colour, String detail) {
    }

    public SentenceEvidence {
        toneWords = List.copyOf(toneWords);
        frames = List.copyOf(frames);
        devices = List.copyOf(devices);
    }

    static SentenceEvidence of(String memoText, SentenceAnalysis s, Codebook codebook) {
        String tone = "";
        List<String> words = new ArrayList<>();
        if (s.tone() != null) {
            tone = Messages.get("evidence.tone", s.tone().label().code(), fmt("%+.2f", s.tone().score()),
                    fmt("%.0f", s.tone().confidence() * 100));
            s.tone().evidence().stream().sorted(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.weight())))
                    .forEach(e -> words.add(Messages.get("evidence.word", e.text(), fmt("%+.2f", e.weight()))));
        }
        String impact = s.impact() == null ? "" : Messages.get("evidence.impact", s.impact().label().code(),
                quoted(s.impact().evidence()));
        List<FrameLine> frames = new ArrayList<>();
        for (FrameHit f : s.frames()) {
            var code = codebook.find(f.code());
            frames.add(new FrameLine(f.code(), code.map(c -> c.name()).orElse(f.code()),
                    code.map(c -> c.colour()).orElse("#888888"),
                    Messages.get("evidence.frame", quoted(f.evidence()), f.source().code(), fmt("%.2f", f.score()))));
        }
        List<String> devices = new ArrayList<>();
        for (DeviceHit d : s.devices()) {
            String type = Messages.get("device." + d.type().name());
            devices.add(d.gloss() == null ? Messages.get("evidence.device", type, d.text())
                    : Messages.get("evidence.device.gloss", type, d.text(), d.gloss()));
        }
        String gap = s.gap() ? Messages.get("evidence.gap", s.tone().label().code()) : "";
        return new SentenceEvidence(s.index() + 1, s.text(memoText), tone, words, impact, frames, devices, gap);
    }

    private static String quoted(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(e -> "“" + e.text() + "”").toList());
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
