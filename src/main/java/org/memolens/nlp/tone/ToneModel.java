package org.memolens.nlp.tone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

import org.memolens.domain.ToneLabel;
import org.memolens.nlp.ModelUnavailableException;

/**
 * The statistical half of the tone analyser: an OpenNLP document categorizer over the words of a
 * sentence and the findings of the tone rules (see the {@code *FeatureGenerator} classes).
 *
 * <p>Thread-safe (see {@link Categorizer}).
 */
public final class ToneModel {

    /** File name of the model, in {@code assets/models/} and in a training output folder. */
    public static final String FILE_NAME = "tone-model.bin";

    /** Where the shipped model lives on the class path (from {@code assets/models/}). */
    public static final String SHIPPED_RESOURCE = "memolens/assets/models/" + FILE_NAME;

    static {
        allowFeatureGenerators();
    }

    /** OpenNLP instantiates the feature generators named in a model file only from allowed packages. */
    static void allowFeatureGenerators() {
        ExtensionLoader.registerAllowedPackage(ToneModel.class.getPackageName());
    }

    /** The OpenNLP model, or null when the model was read from its weight table. */
    private final DoccatModel model;
    private final Categorizer categorizer;
    private final int[] outcomeOf = new int[ToneLabel.values().length];

    private ToneModel(DoccatModel model) {
        this(model, Categorizer.of(model));
    }

    private ToneModel(DoccatModel model, Categorizer categorizer) {
        this.model = model;
        this.categorizer = categorizer;
        for (ToneLabel label : ToneLabel.values()) {
            outcomeOf[label.ordinal()] = categorizer.index(label.code());
            if (outcomeOf[label.ordinal()] < 0) {
                throw new ModelUnavailableException("The tone model has no category '" + label.code() + "'.");
            }
        }
    }

    /** The feature generators of every tone model, in a fixed order. */
    static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {new WordFeatureGenerator(), new LexiconFeatureGenerator(),
            new NegationFeatureGenerator(), new ContrastFeatureGenerator()};
    }

    public static ToneModel read(InputStream in) throws IOException {
        return new ToneModel(new DoccatModel(in));
    }

    /** The model in MemoLens's assets: from the table the build derived from it, when there is one. */
    public static ToneModel shipped() {
        Categorizer fromTable = Categorizer.shipped(FILE_NAME, featureGenerators());
        if (fromTable != null) {
            return new ToneModel(null, fromTable);
        }
        try (InputStream in = ToneModel.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new ModelUnavailableException("The tone model " + SHIPPED_RESOURCE
                        + " is not on the class path; the installation is incomplete.");
            }
            return read(in);
        } catch (IOException e) {
            throw new ModelUnavailableException("Could not read the tone model: " + e.getMessage(), e);
        }
    }

    /**
     * Trains a model on tokenised, labelled sentences. The result depends only on the samples, in
     * the order given, and the parameters: training runs on one thread.
     */
    public static ToneModel train(List<ToneSample> samples, ToneTrainingSettings settings) {
        TrainingParameters params = settings.parameters();
        try {
            DoccatModel trained = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(
                    samples.stream().map(s -> new DocumentSample(s.label().code(), s.tokens(),
                            ToneRegister.extraInformation(s.register()))).toList()),
                    params, new DoccatFactory(featureGenerators()));
            return new ToneModel(ModelPruning.pruned(trained, settings.prune()));
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory only", e);
        }
    }

    /** Probabilities of each label, indexed by {@link ToneLabel#ordinal()}. */
    double[] probabilities(String[] tokens, ToneRegister register) {
        double[] outcomes = categorizer.categorize(tokens, ToneRegister.extraInformation(register));
        double[] p = new double[outcomeOf.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = outcomes[outcomeOf[i]];
        }
        return p;
    }

    /** The model file, byte for byte the same for the same training (see {@link ModelBytes}). */
    public byte[] bytes() {
        if (model == null) {
            throw new IllegalStateException("a model read from its weight table has no model file to write");
        }
        return ModelBytes.stable(model);
    }
}
