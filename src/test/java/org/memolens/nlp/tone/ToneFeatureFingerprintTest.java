package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ToneFeatureFingerprintTest {

    @Test
    void probesEveryEntryOfBothLexiconsPlainAndNegated() {
        List<String> probes = ToneFeatureFingerprint.lexiconProbes();
        // a VADER word that no team sentence uses, and one of the team's own entries
        assertTrue(probes.contains("zealous") && probes.contains("it is not zealous."), "VADER entry missing");
        assertTrue(probes.contains("raised to buy") && probes.contains("it is not raised to buy."),
                "team rule entry missing");
        assertEquals(0, probes.size() % 2);
        assertTrue(probes.size() > 2 * 8000, "expected two probes for each of the ~8,900 entries: " + probes.size());
        assertTrue(probes.stream().noneMatch(p -> p.startsWith("#") || p.isBlank()), "comment or blank line probed");
    }

    @Test
    void theRecordNamesTheModelItWasWrittenFor() {
        String record = ToneFeatureFingerprint.record("abc", "123");
        assertEquals("123", ToneFeatureFingerprint.recordedFor(record, "abc"));
        assertEquals("", ToneFeatureFingerprint.recordedFor(record, "other"));
    }
}
