package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memolens.nlp.tone.QNTestProblem.indexer;
import static org.memolens.nlp.tone.QNTestProblem.objective;
import static org.memolens.nlp.tone.QNTestProblem.parameters;
import static org.memolens.nlp.tone.QNTestProblem.plain;
import static org.memolens.nlp.tone.QNTestProblem.weights;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.util.TrainingParameters;

/** The fixed-iteration trainer against OpenNLP's own, on the same small noisy problem. */
class FixedIterationQNTrainerTest {

    private static QNModel fixed(int iterations, DataIndexer indexer) {
        FixedIterationQNTrainer trainer = new FixedIterationQNTrainer();
        trainer.init(parameters(iterations), new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }

    @Test
    void goesOnWhereOpenNlpStopsAndReachesALowerObjective() throws IOException {
        DataIndexer indexer = indexer();
        // OpenNLP stops this run early (see ContinuedQNTrainerTest); ours uses all 60 iterations.
        double openNlp = objective(plain(60, indexer), indexer);
        double ours = objective(fixed(60, indexer), indexer);
        assertTrue(ours < openNlp, ours + " >= " + openNlp);
    }

    @Test
    void moreIterationsNeverRaiseTheObjective() throws IOException {
        DataIndexer indexer = indexer();
        double previous = Double.MAX_VALUE;
        for (int iterations : new int[] {1, 3, 10, 30}) {
            double value = objective(fixed(iterations, indexer), indexer);
            assertTrue(value <= previous, iterations + " iterations: " + value + " > " + previous);
            previous = value;
        }
    }

    @Test
    void isDeterministic() throws IOException {
        DataIndexer indexer = indexer();
        assertArrayEquals(weights(fixed(20, indexer)), weights(fixed(20, indexer)));
    }

    @Test
    void theOpenNlpVariantTakesOpenNlpsStepsNumberForNumberWithAFullMemoryToo() throws IOException {
        // A memory of 3 fills after the 3rd iteration; OpenNLP stops this run after its 10th.
        DataIndexer indexer = indexer();
        for (int iterations : new int[] {2, 6, 10}) {
            assertArrayEquals(weights(withMemory(new QNTrainer(), 3, iterations, indexer, null)),
                    weights(withMemory(new FixedIterationQNTrainer(), 3, iterations, indexer, Lbfgs.Variant.OPENNLP)),
                    iterations + " iterations");
        }
    }

    @Test
    void theCorrectedVariantPartsFromOpenNlpWhenTheMemoryIsFull() throws IOException {
        DataIndexer indexer = indexer();
        assertArrayEquals(weights(withMemory(new QNTrainer(), 3, 4, indexer, null)),
                weights(withMemory(new FixedIterationQNTrainer(), 3, 4, indexer, Lbfgs.Variant.CORRECTED)));
        assertFalse(Arrays.equals(weights(withMemory(new QNTrainer(), 3, 6, indexer, null)),
                weights(withMemory(new FixedIterationQNTrainer(), 3, 6, indexer, Lbfgs.Variant.CORRECTED))),
                "the 4th update is where they part");
    }

    @Test
    void theOpenNlpVariantGoesOnWhereOpenNlpStops() throws IOException {
        DataIndexer indexer = indexer();
        double stopped = objective(plain(40, indexer), indexer);
        double onwards = objective(withMemory(new FixedIterationQNTrainer(), 15, 40, indexer, Lbfgs.Variant.OPENNLP), indexer);
        assertTrue(onwards < stopped, onwards + " >= " + stopped);
    }

    /** OpenNLP's trainer when {@code variant} is null, else ours in that variant. */
    private static QNModel withMemory(QNTrainer trainer, int memory, int iterations, DataIndexer indexer,
            Lbfgs.Variant variant) {
        TrainingParameters p = parameters(iterations);
        p.put(QNTrainer.M_PARAM, memory);
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        if (variant != null) {
            p.put(FixedIterationQNTrainer.VARIANT, variant.name());
        }
        trainer.init(p, new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }


    @Test
    void isChosenByNameAndTakesNoL1Cost() {
        assertEquals(FixedIterationQNTrainer.class.getName(), new ToneTrainingSettings("maxent-qn-fixed", 10, 1, 0.25)
                .parameters().getStringParameter(TrainingParameters.ALGORITHM_PARAM, ""));
        for (String[] nameAndVariant : new String[][] {{"maxent-qn-nostop", "OPENNLP"}, {"maxent-qn-fixed", "CORRECTED"},
            {"maxent-qn-fixed-scaled", "SCALED"}}) {
            TrainingParameters p = new ToneTrainingSettings(nameAndVariant[0], 10, 1, 0.25).parameters();
            assertEquals(FixedIterationQNTrainer.class.getName(), p.getStringParameter(TrainingParameters.ALGORITHM_PARAM, ""));
            assertEquals(nameAndVariant[1], p.getStringParameter(FixedIterationQNTrainer.VARIANT, ""));
        }
        assertThrows(IllegalArgumentException.class, () -> new ToneTrainingSettings("maxent-qn-fixed", 10, 1, 0.1, 0.25, 0));
        FixedIterationQNTrainer trainer = new FixedIterationQNTrainer();
        TrainingParameters p = parameters(5);
        p.put(QNTrainer.L1COST_PARAM, 0.5);
        trainer.init(p, new HashMap<>());
        assertThrows(IllegalArgumentException.class, trainer::validate);
    }
}
