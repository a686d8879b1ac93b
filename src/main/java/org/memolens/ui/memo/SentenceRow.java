package org.memolens.ui.memo;

import java.util.List;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.ToneLabel;

/**
 * One numbered sentence as the memo view shows it; {@code number} counts from 1. Tone and impact
 * are null when the analysis has no such layer.
 */
public record SentenceRow(int number, int start, int end, String text, ToneLabel tone, ImpactLabel impact, boolean gap,
        List<String> frames, List<DeviceHit> devices) {

    public SentenceRow {
        frames = List.copyOf(frames);
        devices = List.copyOf(devices);
    }

    static SentenceRow of(String memoText, SentenceAnalysis s) {
        return new SentenceRow(s.index() + 1, s.start(), s.end(), s.text(memoText),
                s.tone() == null ? null : s.tone().label(), s.impact() == null ? null : s.impact().label(), s.gap(),
                s.frames().stream().map(f -> f.code()).distinct().toList(), s.devices());
    }

    public boolean harm() {
        return impact == ImpactLabel.HARM;
    }
}
