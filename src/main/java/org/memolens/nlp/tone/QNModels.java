package org.memolens.nlp.tone;

import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;

/** Builds OpenNLP's maximum-entropy model from the weight vector our own trainers minimize. */
final class QNModels {

    private QNModels() {
    }

    /** OpenNLP's layout: the weight of feature {@code f} for outcome {@code o} at {@code o * features + f}. */
    static QNModel fromWeights(double[] parameters, DataIndexer indexer) {
        String[] features = indexer.getPredLabels();
        String[] outcomes = indexer.getOutcomeLabels();
        int[] pattern = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            pattern[o] = o;
        }
        Context[] contexts = new Context[features.length];
        for (int f = 0; f < features.length; f++) {
            double[] weights = new double[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                weights[o] = parameters[o * features.length + f];
            }
            contexts[f] = new Context(pattern, weights);
        }
        return new QNModel(contexts, features, outcomes);
    }

    /** The number of training events, counting repeats. */
    static long events(DataIndexer indexer) {
        long events = 0;
        for (int n : indexer.getNumTimesEventsSeen()) {
            events += n;
        }
        return events;
    }
}
