package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.TextSpan;
import org.memolens.domain.Token;
import org.memolens.nlp.ModelLoading;
import org.memolens.nlp.SentenceLayer;

/**
 * The tone layer: gives every sentence its {@link org.memolens.domain.Tone}. The models load in the
 * background from {@link #preload()}, or on first use, so building the layer costs nothing.
 *
 * <p>Thread-safe.
 */
public final class ToneLayer implements SentenceLayer {

    /**
     * Version of the tone code (rules and decision); bump when a change alters results. 2: the rule
     * corrections of the sixth and seventh rounds (tone-model-card.md).
     */
    public static final String VERSION = "memolens-tone-2";

    private final ModelLoading.Background<ToneAnalyzer> analyzer;
    private final Supplier<String> modelVersion;
    private volatile String version;

    /**
     * @param load         builds the analyser; called once, on first use
     * @param modelVersion names the models, for the analysis run record; called once
     */
    public ToneLayer(Supplier<ToneAnalyzer> load, Supplier<String> modelVersion) {
        this.analyzer = new ModelLoading.Background<>(load);
        this.modelVersion = modelVersion;
    }

    /** The layer with the shipped models. */
    public static ToneLayer shipped() {
        return new ToneLayer(ToneAnalyzer::shipped, ShippedToneModels::version);
    }

    @Override
    public void preload() {
        analyzer.start();
    }

    private String version() {
        String v = version;
        if (v == null) {
            synchronized (this) {
                if (version == null) {
                    version = modelVersion.get();
                }
                v = version;
            }
        }
        return v;
    }

    @Override
    public Map<String, String> components() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("tone", VERSION);
        components.put("tone-model", version());
        components.put("tone-lexicon", ToneLexicon.shipped().version());
        return components;
    }

    @Override
    public List<SentenceAnalysis> apply(String memoText, List<SentenceAnalysis> sentences) {
        ToneAnalyzer tone = analyzer.get();
        List<SentenceAnalysis> result = new ArrayList<>(sentences.size());
        for (SentenceAnalysis s : sentences) {
            if (s.tokens().isEmpty()) {
                result.add(s);
                continue;
            }
            List<TextSpan> spans = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                spans.add(new TextSpan(t.start(), t.end()));
            }
            result.add(s.withTone(tone.tone(memoText, spans)));
        }
        return result;
    }
}
