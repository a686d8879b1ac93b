package org.memolens.nlp.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.OnePassDataIndexer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** The continued L-BFGS trainer against OpenNLP's own, on a small noisy three-class problem. */
class ContinuedQNTrainerTest {

    private static final double L2 = 0.25;

    /** 300 events over 40 features; the label follows two features, with 20% noise. */
    private static List<Event> events() {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String[] context = new String[4];
            for (int j = 0; j < context.length; j++) {
                context[j] = "f" + random.nextInt(40);
            }
            int label = (context[0].hashCode() + context[1].hashCode() & 0x7fffffff) % 3;
            if (random.nextInt(5) == 0) {
                label = random.nextInt(3);
            }
            events.add(new Event("c" + label, context));
        }
        return events;
    }

    private static DataIndexer indexer() throws IOException {
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters(1), new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events()));
        return indexer;
    }

    private static TrainingParameters parameters(int iterations) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(QNTrainer.L2COST_PARAM, L2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        return p;
    }

    private static QNModel continued(int iterations, DataIndexer indexer) {
        ContinuedQNTrainer trainer = new ContinuedQNTrainer();
        trainer.init(parameters(iterations), new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }

    private static QNModel plain(int iterations, DataIndexer indexer) {
        QNTrainer trainer = new QNTrainer();
        TrainingParameters p = parameters(iterations);
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        trainer.init(p, new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }

    /** The weights in OpenNLP's layout (outcome-major), as the minimizer sees them. */
    private static double[] weights(AbstractModel model) {
        Context[] contexts = (Context[]) model.getDataStructures()[0];
        int outcomes = model.getNumOutcomes();
        double[] w = new double[contexts.length * outcomes];
        for (int f = 0; f < contexts.length; f++) {
            for (int o = 0; o < outcomes; o++) {
                w[o * contexts.length + f] = contexts[f].getParameters()[o];
            }
        }
        return w;
    }

    /** The training objective: negative log-likelihood plus the L2 cost. */
    private static double objective(AbstractModel model, DataIndexer indexer) {
        double[] w = weights(model);
        double squares = 0;
        for (double v : w) {
            squares += v * v;
        }
        return new NegLogLikelihood(indexer).valueAt(w) + L2 * squares;
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
