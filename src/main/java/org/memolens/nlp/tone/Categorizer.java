package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;

import org.memolens.nlp.MaxentTable;
import org.memolens.nlp.ModelTables;

/**
 * Outcome probabilities of a tokenised text, from an OpenNLP document categorizer model or from the
 * same model's {@link MaxentTable} (which gives the same numbers and loads far faster).
 *
 * <p>Implementations are thread-safe.
 */
interface Categorizer {

    /** Probabilities in the model's outcome order. */
    double[] categorize(String[] tokens, Map<String, Object> extra);

    /** The index of an outcome, or -1 when the model has no such outcome. */
    int index(String outcome);

    static Categorizer of(DoccatModel model) {
        ThreadLocal<DocumentCategorizerME> perThread = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        return new Categorizer() {
            @Override
            public double[] categorize(String[] tokens, Map<String, Object> extra) {
                return perThread.get().categorize(tokens, extra);
            }

            @Override
            public int index(String outcome) {
                return perThread.get().getIndex(outcome);
            }
        };
    }

    /**
     * Scores a table with the feature generators its model was trained with, building the context
     * as OpenNLP's {@code DocumentCategorizerME} does: every generator's features, in generator order.
     */
    static Categorizer of(MaxentTable table, FeatureGenerator[] generators) {
        List<String> outcomes = table.outcomes();
        return new Categorizer() {
            @Override
            public double[] categorize(String[] tokens, Map<String, Object> extra) {
                List<String> context = new ArrayList<>();
                for (FeatureGenerator g : generators) {
                    context.addAll(g.extractFeatures(tokens, extra));
                }
                return table.eval(context.toArray(new String[0]));
            }

            @Override
            public int index(String outcome) {
                return outcomes.indexOf(outcome);
            }
        };
    }

    /**
     * The categorizer of a shipped model's weight table ({@link ModelTables}), or null when there is
     * no table for the file or its model was trained with other feature generators.
     */
    static Categorizer shipped(String modelFile, FeatureGenerator[] generators) {
        MaxentTable table = ModelTables.shipped(modelFile);
        if (table == null || !ModelTables.generatorNames(generators).equals(table.header(ModelTables.GENERATORS))) {
            return null;
        }
        return of(table, generators);
    }
}
