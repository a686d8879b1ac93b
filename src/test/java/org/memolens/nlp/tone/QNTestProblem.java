package org.memolens.nlp.tone;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

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

/** A small noisy three-class problem on which our maximum-entropy trainers are compared with OpenNLP's. */
final class QNTestProblem {

    private QNTestProblem() {
    }

    static final double L2 = 0.25;

    /** 300 events over 40 features; the label follows two features, with 20% noise. */
    static List<Event> events() {
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

    static DataIndexer indexer() throws IOException {
        DataIndexer indexer = new OnePassDataIndexer();
        indexer.init(parameters(1), new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events()));
        return indexer;
    }

    static TrainingParameters parameters(int iterations) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(QNTrainer.L2COST_PARAM, L2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        return p;
    }

    static QNModel plain(int iterations, DataIndexer indexer) {
        QNTrainer trainer = new QNTrainer();
        TrainingParameters p = parameters(iterations);
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        trainer.init(p, new HashMap<>());
        return trainer.trainModel(iterations, indexer);
    }

    /** The weights in OpenNLP's layout (outcome-major), as the minimizer sees them. */
    static double[] weights(AbstractModel model) {
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
    static double objective(AbstractModel model, DataIndexer indexer) {
        double[] w = weights(model);
        double squares = 0;
        for (double v : w) {
            squares += v * v;
        }
        return new NegLogLikelihood(indexer).valueAt(w) + L2 * squares;
    }
}
