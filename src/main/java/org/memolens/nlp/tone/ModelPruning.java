package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Makes a trained maximum entropy model smaller by leaving out the features that barely move its
 * probabilities. Most of the tone model's features are rare words and register copies whose
 * weights the L2 penalty keeps close to 0; they fill the file and the start-up time, not the
 * decisions.
 *
 * <p>Adding the same number to every label's weight of a feature changes no probability, so each
 * feature's weights are first centred on their mean (this alone changes nothing). A feature whose
 * centred weights all lie within {@code threshold} of 0 is then dropped: a sentence with {@code n}
 * such features moves each label's log-odds by at most {@code 2 n threshold}. OpenNLP cannot do this
 * itself: its trainers keep every feature that passes the count cutoff.
 */
final class ModelPruning {

    /** Manifest key recording the threshold, so a model file says how it was made. */
    static final String MANIFEST_KEY = "MemoLens-Prune";

    private ModelPruning() {
    }

    /**
     * The model without the features whose centred weights all lie within {@code threshold} of 0;
     * the model itself when {@code threshold} is 0 or the model is not a maximum entropy model.
     */
    static DoccatModel pruned(DoccatModel model, double threshold) {
        if (threshold <= 0 || !(model.getMaxentModel() instanceof QNModel maxent)) {
            return model;
        }
        Object[] parts = maxent.getDataStructures();
        // OpenNLP 2.5: each feature name with its weights, in the model's order (a LinkedHashMap)
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];

        List<Context> kept = new ArrayList<>();
        List<String> keptNames = new ArrayList<>();
        features.forEach((name, context) -> {
            double[] centred = centred(context, outcomes.length);
            if (largest(centred) > threshold) {
                kept.add(new Context(allOutcomes(outcomes.length), centred));
                keptNames.add(name);
            }
        });
        QNModel smaller = new QNModel(kept.toArray(new Context[0]), keptNames.toArray(new String[0]), outcomes);
        return new DoccatModel(model.getLanguage(), smaller, Map.of(
                "TrainerType", String.valueOf(model.getManifestProperty("TrainerType")),
                "Training-Eventhash", String.valueOf(model.getManifestProperty("Training-Eventhash")),
                MANIFEST_KEY, Double.toString(threshold)), model.getFactory());
    }

    /** A feature's weight for every outcome (0 where it has none), minus their mean. */
    static double[] centred(Context context, int outcomeCount) {
        double[] w = new double[outcomeCount];
        int[] outcomes = context.getOutcomes();
        double[] parameters = context.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
            w[outcomes[j]] = parameters[j];
        }
        double mean = 0;
        for (double v : w) {
            mean += v / outcomeCount;
        }
        for (int o = 0; o < outcomeCount; o++) {
            w[o] -= mean;
        }
        return w;
    }

    private static double largest(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static int[] allOutcomes(int count) {
        int[] all = new int[count];
        for (int o = 0; o < count; o++) {
            all[o] = o;
        }
        return all;
    }
}
