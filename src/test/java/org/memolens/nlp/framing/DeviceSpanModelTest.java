package org.memolens.nlp.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Choosing among overlapping span candidates by probability and threshold. */
class DeviceSpanModelTest {

    private static SpanCandidate span(int from, int to) {
        return new SpanCandidate(from, to, "g", false, List.of("bias"));
    }

    @Test
    void keepsTheMostProbableOfOverlappingCandidatesAboveTheThresholdInTextOrder() {
        List<SpanCandidate> candidates = List.of(span(0, 3), span(2, 5), span(7, 9), span(10, 12));
        double[] p = {0.6, 0.8, 0.7, 0.2};
        assertEquals(List.of(span(2, 5), span(7, 9)), DeviceSpanModel.select(candidates, p, 0.5));
    }

    @Test
    void aLowerThresholdLetsAWeakerSeparateCandidateIn() {
        List<SpanCandidate> candidates = List.of(span(10, 12), span(0, 3));
        double[] p = {0.2, 0.6};
        assertEquals(List.of(span(0, 3), span(10, 12)), DeviceSpanModel.select(candidates, p, 0.1));
        assertEquals(List.of(), DeviceSpanModel.select(candidates, p, 0.7));
    }

    @Test
    void probabilityIsTheLogisticOfTheSummedWeightsOfKnownFeatures() {
        java.util.Map<String, Double> w = java.util.Map.of("bias", -1.0, "k=passive", 3.0);
        assertEquals(1 / (1 + Math.exp(-2.0)), DeviceSpanModel.probability(w, List.of("bias", "k=passive", "unseen")), 1e-12);
        assertEquals(0.5, DeviceSpanModel.probability(w, List.of("unseen")), 1e-12);
    }
}
