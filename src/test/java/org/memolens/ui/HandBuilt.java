package org.memolens.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoText;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/**
 * A memo with every analysis layer filled in by hand (tone, impact, frames, devices, pronouns), as
 * the tone and frames layers will produce them: for testing the views before those layers exist.
 */
public final class HandBuilt {

    public static final String TEXT = "Dear team, we are excited about our future.\n\n"
            + "Regrettably, 200 roles will be eliminated as part of a workforce optimization. "
            + "This decision was difficult and we failed you.\n\n"
            + "We will support everyone affected with severance.";

    private HandBuilt() {
    }

    public static Memo memo(long id) {
        return new Memo(id, new MemoMetadata("Hand-built memo", "Test CEO", LocalDate.of(2025, 10, 28), "test"), TEXT,
                MemoText.sha256(TEXT), MemoText.wordCount(TEXT), Instant.EPOCH);
    }

    public static MemoAnalysis analysis(long memoId) {
        return new MemoAnalysis(new AnalysisRun(memoId, memoId, Instant.EPOCH, new Language("eng", 0.99, true),
                Map.of("pipeline", "hand-built")), sentences());
    }

    public static List<SentenceAnalysis> sentences() {
        return List.of(
                sentence(0, "Dear team, we are excited about our future.")
                        .withTone(tone(ToneLabel.POSITIVE, 0.6, ev("excited", 0.6)))
                        .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                        .withFrames(List.of(frame("OPPORTUNITY", "future"))),
                sentence(1, "Regrettably, 200 roles will be eliminated as part of a workforce optimization.")
                        .withTone(tone(ToneLabel.NEUTRAL, 0.0, ev("Regrettably", -0.2), ev("optimization", 0.2)))
                        .withImpact(new Impact(ImpactLabel.HARM, List.of(ev("roles will be eliminated", 1))))
                        .withFrames(List.of(frame("EFFICIENCY", "optimization")))
                        .withDevices(List.of(device(DeviceType.AGENTLESS_HARM, "roles will be eliminated", null),
                                device(DeviceType.EUPHEMISM, "workforce optimization", "job cuts"))),
                sentence(2, "This decision was difficult and we failed you.")
                        .withTone(tone(ToneLabel.NEGATIVE, -0.5, ev("failed", -0.5), ev("difficult", -0.3)))
                        .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                        .withFrames(List.of(frame("ACCOUNTABILITY", "we failed you"))),
                sentence(3, "We will support everyone affected with severance.")
                        .withTone(tone(ToneLabel.POSITIVE, 0.4, ev("support", 0.4)))
                        .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                        .withFrames(List.of(frame("CARE_SUPPORT", "severance"))));
    }

    private static SentenceAnalysis sentence(int index, String text) {
        int start = TEXT.indexOf(text);
        return new SentenceAnalysis(index, start, start + text.length(), text.split(" ").length, List.of());
    }

    private static Tone tone(ToneLabel label, double score, Evidence... evidence) {
        return new Tone(label, score, 0.9, List.of(evidence));
    }

    private static Evidence ev(String text, double weight) {
        int start = TEXT.indexOf(text);
        return new Evidence(start, start + text.length(), text, weight);
    }

    private static FrameHit frame(String code, String indicator) {
        return new FrameHit(code, 0.8, List.of(ev(indicator, 1)), DetectorSource.RULE);
    }

    private static DeviceHit device(DeviceType type, String text, String gloss) {
        int start = TEXT.indexOf(text);
        return new DeviceHit(type, start, start + text.length(), text, gloss);
    }
}
