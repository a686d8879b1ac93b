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

import org.memolens.nlp.ModelUnavailableException;

/**
 * Recognises the {@link ToneRegister} of a sentence (memo, news, social post, review) from its words
 * and its look, so the tone model can weigh the evidence as that kind of prose does.
 *
 * <p>Thread-safe (see {@link Categorizer}).
 */
public final class RegisterModel {

    /** File name of the model, in {@code assets/models/} and in a training output folder. */
    public static final String FILE_NAME = "tone-register.bin";

    /** Where the shipped model lives on the class path (from {@code assets/models/}). */
    public static final String SHIPPED_RESOURCE = "memolens/assets/models/" + FILE_NAME;

    static {
        ToneModel.allowFeatureGenerators();
    }

    /** The OpenNLP model, or null when the model was read from its weight table. */
    private final DoccatModel model;
    private final Categorizer categorizer;
    private final int[] outcomeOf = new int[ToneRegister.values().length];

    private RegisterModel(DoccatModel model) {
        this(model, Categorizer.of(model));
    }

    private RegisterModel(DoccatModel model, Categorizer categorizer) {
        this.model = model;
        this.categorizer = categorizer;
        for (ToneRegister r : ToneRegister.values()) {
            outcomeOf[r.ordinal()] = categorizer.index(r.code());
        }
    }

    static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {new WordFeatureGenerator(), new ShapeFeatureGenerator()};
    }

    public static RegisterModel read(InputStream in) throws IOException {
        return new RegisterModel(new DoccatModel(in));
    }

    /** The model in MemoLens's assets: from the table the build derived from it, when there is one. */
    public static RegisterModel shipped() {
        Categorizer fromTable = Categorizer.shipped(FILE_NAME, featureGenerators());
        if (fromTable != null) {
            return new RegisterModel(null, fromTable);
        }
        try (InputStream in = RegisterModel.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new ModelUnavailableException("The register model " + SHIPPED_RESOURCE
                        + " is not on the class path; the installation is incomplete.");
            }
            return read(in);
        } catch (IOException e) {
            throw new ModelUnavailableException("Could not read the register model: " + e.getMessage(), e);
        }
    }

    /** Trains on tokenised texts labelled with their register; deterministic for the same input. */
    public static RegisterModel train(List<ToneSample> samples, ToneTrainingSettings settings) {
        try {
            DoccatModel trained = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(
                    samples.stream().map(s -> new DocumentSample(s.register().code(), s.tokens())).toList()),
                    settings.parameters(), new DoccatFactory(featureGenerators()));
            return new RegisterModel(ModelPruning.pruned(trained, settings.prune()));
        } catch (IOException e) {
            throw new UncheckedIOException("training reads from memory only", e);
        }
    }

    /** Probability of each register, indexed by {@link ToneRegister#ordinal()}; 0 for a register not trained. */
    double[] probabilities(String[] tokens) {
        double[] outcomes = categorizer.categorize(tokens, java.util.Map.of());
        double[] p = new double[outcomeOf.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = outcomeOf[i] < 0 ? 0 : outcomes[outcomeOf[i]];
        }
        return p;
    }

    public byte[] bytes() {
        if (model == null) {
            throw new IllegalStateException("a model read from its weight table has no model file to write");
        }
        return ModelBytes.stable(model);
    }
}
