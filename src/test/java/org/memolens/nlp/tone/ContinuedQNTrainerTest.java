package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memolens.nlp.tone.QNTestProblem.L2;
import static org.memolens.nlp.tone.QNTestProblem.events;
import static org.memolens.nlp.tone.QNTestProblem.indexer;
import static org.memolens.nlp.tone.QNTestProblem.objective;
import static org.memolens.nlp.tone.QNTestProblem.parameters;
import static org.memolens.nlp.tone.QNTestProblem.plain;
import static org.memolens.nlp.tone.QNTestProblem.weights;

import java.io.IOException;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.util.TrainingParameters;

/** The continued L-BFGS trainer against OpenNLP's own, on a small noisy three-class problem. */
class ContinuedQNTrainerTest {

    private static QNModel continued(int iterations, DataIndexer indexer) {
        ContinuedQNTrainer trainer = new ContinuedQNTrainer();
        trainer.init(parameters(iterations), new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }

    @Test
    void aRunThatIsNotStoppedEarlyIsOpenNlpsRunNumberForNumber() throws IOException {
        DataIndexer indexer = indexer();
        assertArrayEquals(weights(plain(5, indexer)), weights(continued(5, indexer)));
    }

    @Test
    void anEarlyStopIsContinuedAndOnlyLowersTheObjective() throws IOException {
        DataIndexer indexer = indexer();
        QNModel plain = plain(25, indexer);
        QNModel continued = continued(25, indexer);
        double plainObjective = objective(plain, indexer);
        double continuedObjective = objective(continued, indexer);
        assertTrue(continuedObjective < plainObjective, continuedObjective + " >= " + plainObjective);
        assertTrue(continuedObjective < objective(plain(10, indexer), indexer));
    }

    @Test
    void aTargetObjectiveStopsTrainingAtTheFirstIterationThatReachesIt() throws IOException {
        DataIndexer indexer = indexer();
        double loose = objective(plain(3, indexer), indexer);
        double tight = objective(continued(25, indexer), indexer);
        double target = (loose + tight) / 2;
        ContinuedQNTrainer trainer = new ContinuedQNTrainer();
        TrainingParameters p = parameters(25);
        p.put(ContinuedQNTrainer.STOP_OBJECTIVE_PER_EVENT, target / events().size());
        trainer.init(p, new HashMap<>());
        double stopped = objective(trainer.trainModel(25, indexer), indexer);
        assertTrue(stopped <= target * (1 + 1e-12), stopped + " > " + target);
        assertTrue(stopped > tight, "it stopped before the 25 iterations were used: " + stopped + " vs " + tight);
    }

    @Test
    void theShiftedObjectiveIsTheObjectiveAtTheOriginPlusTheStep() throws IOException {
        DataIndexer indexer = indexer();
        NegLogLikelihood likelihood = new NegLogLikelihood(indexer);
        double[] origin = weights(plain(5, indexer));
        double[] step = new double[origin.length];
        step[3] = 0.5;
        ContinuedQNTrainer.Shifted shifted = new ContinuedQNTrainer.Shifted(likelihood, origin, L2, 0);
        double[] x = origin.clone();
        x[3] += 0.5;
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        assertEquals(likelihood.valueAt(x) + L2 * squares, shifted.valueAt(step), 1e-9);
        double[] expected = likelihood.gradientAt(x).clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] += 2 * L2 * x[i];
        }
        assertArrayEquals(expected, shifted.gradientAt(step), 1e-9);
        shifted.gradientAt(step);
        assertEquals(1, shifted.iterations(), "the first gradient is the start, each further one an iteration");
    }

    @Test
    void continuedIsChosenByNameAndPlainMaxentQnStaysOpenNlps() {
        assertEquals(ContinuedQNTrainer.class.getName(), new ToneTrainingSettings("maxent-qn-continued", 10, 1, 0.25)
                .parameters().getStringParameter(TrainingParameters.ALGORITHM_PARAM, ""));
        assertEquals(QNTrainer.MAXENT_QN_VALUE, new ToneTrainingSettings("maxent-qn", 10, 1, 0.25).parameters()
                .getStringParameter(TrainingParameters.ALGORITHM_PARAM, ""));
    }
}
