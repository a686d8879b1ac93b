package org.memolens.nlp.framing;

import java.util.List;

import org.memolens.domain.DeviceType;
import org.memolens.domain.ImpactLabel;

/**
 * One sentence of a labelled set in the format of assets/data/memo-sentences (see its README and
 * ANNOTATION_GUIDE.md): gold impact, frames and device spans.
 *
 * @param tone    "positive", "neutral" or "negative"; not used by the framing evaluation
 * @param devices gold device spans, each an exact substring of {@code text}
 */
public record LabelledSentence(String id, String memo, String text, String tone, ImpactLabel impact,
        List<String> frames, List<Device> devices) {

    /** A gold device: its type and text; its place is the first occurrence of the text in the sentence. */
    public record Device(DeviceType type, String text) {

        /** Offset of the span in the sentence. */
        public int start(String sentence) {
            return sentence.indexOf(text);
        }
    }

    public LabelledSentence {
        frames = List.copyOf(frames);
        devices = List.copyOf(devices);
    }
}
