package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.memolens.domain.SentenceAnalysis;
import org.memolens.nlp.ModelDigests;
import org.memolens.nlp.ModelLoading;
import org.memolens.nlp.SentenceLayer;

/**
 * The framing layer: workforce impact, frames, devices and pronoun counts for every sentence (see
 * {@link SentenceFraming}). The codebook and glossary are read when the layer is built (at
 * start-up, so a broken file is reported at once); the frame model is read in the background from
 * {@link #preload()}, or on first use.
 *
 * <p>Thread-safe.
 */
public final class FramingLayer implements SentenceLayer {

    /** Version of the rules in this package; bump when a rule change alters results. */
    public static final String RULES_VERSION = "memolens-framing-rules-3";

    private final FrameCodebook codebook;
    private final EuphemismGlossary glossary;
    private final String modelName;
    private final ModelLoading.Background<SentenceFraming> framing;

    /**
     * @param modelName the model's version for the run record, known before the model is read
     * @param model     reads the model on first use; may return null for rules only
     */
    public FramingLayer(FrameCodebook codebook, EuphemismGlossary glossary, String modelName, Supplier<FrameModel> model) {
        this.codebook = codebook;
        this.glossary = glossary;
        this.modelName = modelName;
        this.framing = new ModelLoading.Background<>(() -> new SentenceFraming(codebook, glossary, model.get()));
    }

    /** The layer with the shipped codebook, glossary and frame model. */
    public static FramingLayer shipped() {
        String name = ModelDigests.version(ShippedFraming.MODEL.substring(ShippedFraming.MODEL.lastIndexOf('/') + 1));
        return new FramingLayer(ShippedFraming.codebook(), ShippedFraming.glossary(), name, ShippedFraming::model);
    }

    public FrameCodebook codebook() {
        return codebook;
    }

    @Override
    public Map<String, String> components() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("framing-rules", RULES_VERSION);
        components.put("frame-codebook", codebook.version());
        components.put("euphemism-glossary", glossary.version());
        // not "frame-model": the analyzer records the model choice (shipped or a user model) there
        components.put("frame-model-file", modelName == null ? "none" : modelName);
        return components;
    }

    @Override
    public void preload() {
        framing.start();
    }

    @Override
    public List<SentenceAnalysis> apply(String memoText, List<SentenceAnalysis> sentences) {
        SentenceFraming f = framing.get();
        List<SentenceAnalysis> result = new ArrayList<>(sentences.size());
        for (SentenceAnalysis s : sentences) {
            result.add(f.apply(memoText, s));
        }
        return result;
    }

}
