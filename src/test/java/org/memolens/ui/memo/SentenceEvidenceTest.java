package org.memolens.ui.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.memolens.domain.Evidence;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/** When the tone's evidence does not explain its label, the evidence panel says so. */
class SentenceEvidenceTest {

    @ParameterizedTest(name = "{0} with evidence {1}")
    @CsvSource(delimiter = '|', value = {
        // label   | evidence weights | note
        "negative  | -0.5 -0.3        | ''",
        "positive  | 0.75             | ''",
        "negative  | 0.08             | The words found lean positive, but the tone model read the sentence as a whole as negative.",
        "positive  | -0.4 0.2         | The words found lean negative, but the tone model read the sentence as a whole as positive.",
        "negative  | ''               | The words found do not decide this: the tone model read the sentence as a whole as negative.",
        "positive  | 0.3 -0.28        | The words found do not decide this: the tone model read the sentence as a whole as positive.",
        "neutral   | ''               | ''",
        "neutral   | 0.3              | ''",
        "neutral   | -0.6             | The words found lean negative, but the sentence as a whole reads as neutral.",
    })
    void aNoteWhenTheWordsDoNotExplainTheLabel(String label, String weights, String note) {
        List<Evidence> evidence = weights.isBlank() ? List.of() : java.util.Arrays.stream(weights.trim().split("\\s+"))
                .map(w -> new Evidence(0, 4, "word", Double.parseDouble(w))).toList();
        Tone tone = new Tone(ToneLabel.valueOf(label.trim().toUpperCase(java.util.Locale.ROOT)), 0, 0.6, evidence);
        assertEquals(note, SentenceEvidence.toneNote(tone));
    }
}
