package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/** Pruning a tone model trained in memory: centring changes nothing, dropping weak features little. */
class ModelPruningTest {

    private static final String[] SENTENCES = {
        "Revenue grew strongly and we had a record quarter .",
        "Unfortunately we missed our targets and lost two customers .",
        "The meeting will take place on Thursday at 10:00 .",
        "Operating profit fell to EUR 8.7 mn from EUR 13.1 mn .",
        "Thank you all , but costs are too high .",
    };

    static ToneModel full;

    @BeforeAll
    static void train() {
        full = trainWith(0, 0);
    }

    private static ToneModel trainWith(double l1, double prune) {
        ToneTrainingSettings s = ToneModelTest.SETTINGS;
        return ToneTrainer.train(ToneModelTest.sets(), new ToneTrainingSettings(s.algorithm(), s.iterations(), s.cutoff(), l1,
                s.l2(), prune), ToneModelTest::whitespace).tone();
    }

    private static int features(ToneModel model) throws Exception {
        DoccatModel doccat = new DoccatModel(new ByteArrayInputStream(model.bytes()));
        return ((Context[]) ((AbstractModel) doccat.getMaxentModel()).getDataStructures()[0]).length;
    }

    @Test
    void centringTheWeightsChangesNoProbability() {
        ToneModel centred = trainWith(0, 1e-12);
        for (String sentence : SENTENCES) {
            for (ToneRegister r : ToneRegister.values()) {
                assertArrayEquals(full.probabilities(sentence.split(" "), r), centred.probabilities(sentence.split(" "), r),
                        1e-9, sentence);
            }
        }
    }

    @Test
    void pruningDropsWeakFeaturesAndKeepsTheDecisions() throws Exception {
        ToneModel pruned = trainWith(0, 0.05);
        assertTrue(features(pruned) < features(full), features(pruned) + " of " + features(full));
        assertTrue(pruned.bytes().length < full.bytes().length);
        for (String sentence : SENTENCES) {
            double[] before = full.probabilities(sentence.split(" "), ToneRegister.MEMO);
            double[] after = pruned.probabilities(sentence.split(" "), ToneRegister.MEMO);
            assertEquals(ToneAnalyzer.argmax(before), ToneAnalyzer.argmax(after), sentence);
        }
    }

    @Test
    void anL1CostSetsWeightsToZeroSoTheyArePrunedExactly() throws Exception {
        int l2Only = features(trainWith(0, 1e-9));
        int withL1 = features(trainWith(0.5, 1e-9));
        assertTrue(withL1 < l2Only, withL1 + " features with L1, " + l2Only + " without");
    }

    @Test
    void aPrunedModelRecordsItsThreshold() throws Exception {
        DoccatModel doccat = new DoccatModel(new ByteArrayInputStream(trainWith(0, 0.05).bytes()));
        assertEquals("0.05", doccat.getManifestProperty(ModelPruning.MANIFEST_KEY));
        assertEquals(null, new DoccatModel(new ByteArrayInputStream(full.bytes())).getManifestProperty(ModelPruning.MANIFEST_KEY));
    }

    @Test
    void aCentredFeatureHasWeightsThatSumToZero() {
        double[] w = ModelPruning.centred(new Context(new int[] {0, 2}, new double[] {1.0, 0.4}), 3);
        assertArrayEquals(new double[] {0.5333333333, -0.4666666667, -0.0666666667}, w, 1e-9);
        assertEquals(0, w[0] + w[1] + w[2], 1e-12);
    }

    @Test
    void theSentencesCoverEveryLabel() {
        assertEquals(3, List.of(SENTENCES).stream().map(s -> ToneAnalyzer.argmax(full.probabilities(s.split(" "), ToneRegister.MEMO)))
                .distinct().count());
    }
}
