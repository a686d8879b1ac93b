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
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;
import org.memolens.ui.Messages;

/**
 * Why a sentence got its results, in words: the tone with the words that pushed it and their
 * weights (and a note when those words do not explain the tone), the impact with its evidence,
 * each frame with its indicators and detector, each device with its gloss, and whether the
 * sentence sugar-coats harm. Empty parts are empty strings or lists.
 */
public record SentenceEvidence(int number, String text, String tone, List<String> toneWords, String toneNote,
        String impact, List<FrameLine> frames, List<String> devices, String gap) {

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
        String toneNote = "";
        List<String> words = new ArrayList<>();
        if (s.tone() != null) {
            toneNote = toneNote(s.tone());
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
        return new SentenceEvidence(s.index() + 1, s.text(memoText), tone, words, toneNote, impact, frames, devices, gap);
    }

    /** Net weight below which the words found lean neither way. */
    private static final double NO_LEAN = 0.05;

    /** Net weight from which evaluative words in a neutral sentence deserve a note. */
    private static final double STRONG_LEAN = 0.5;

    /**
     * A note when the tone's evidence does not explain its label, else "". The evidence is what the
     * rules found; the label also rests on the tone model's reading of the whole sentence, which can
     * outweigh them ("your job here is ending" has no evaluative word). Saying so keeps a reader from
     * taking the listed words for the whole reason.
     */
    static String toneNote(Tone tone) {
        double net = tone.evidence().stream().mapToDouble(Evidence::weight).sum();
        String lean = net > NO_LEAN ? ToneLabel.POSITIVE.code() : net < -NO_LEAN ? ToneLabel.NEGATIVE.code() : null;
        ToneLabel label = tone.label();
        if (label == ToneLabel.NEUTRAL) {
            return lean != null && Math.abs(net) >= STRONG_LEAN ? Messages.get("evidence.tone.neutral", lean) : "";
        }
        if (lean == null) {
            return Messages.get("evidence.tone.noLean", label.code());
        }
        return lean.equals(label.code()) ? "" : Messages.get("evidence.tone.against", lean, label.code());
    }

    private static String quoted(List<Evidence> evidence) {
        return String.join(", ", evidence.stream().map(e -> "“" + e.text() + "”").toList());
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
