package org.memolens.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

/**
 * The English OpenNLP models, read from the Maven model artifacts on the class path. Each model is
 * loaded at most once, lazily, and shared: OpenNLP {@code *Model} objects are thread-safe. Loading
 * starts in the background on {@link #preload()}, so the first analysis does not wait for all five
 * models one after the other.
 *
 * <p>Thread-safe.
 */
public final class NlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    static final String LANGUAGE = "langdetect-183.bin";

    private final Lazy<SentenceModel> sentence = new Lazy<>(SENTENCE, SentenceModel::new);
    private final Lazy<TokenizerModel> tokens = new Lazy<>(TOKENS, TokenizerModel::new);
    private final Lazy<POSModel> pos = new Lazy<>(POS, POSModel::new);
    private final Lazy<LemmatizerModel> lemmas = new Lazy<>(LEMMAS, LemmatizerModel::new);
    private final Lazy<LanguageDetectorModel> language = new Lazy<>(LANGUAGE, LanguageDetectorModel::new);

    /**
     * Starts loading the models every English memo needs on background threads and returns at once.
     * The 10 MB language detector is not among them: it loads only when a text is not plainly
     * English (see {@link LanguageIdentifier}), which keeps it off a cold start.
     */
    public NlpModels preload() {
        // Two loader threads: the small models the analysis needs first are read first, then the large ones.
        for (Lazy<?> lazy : new Lazy<?>[] {sentence, tokens, pos, lemmas}) {
            lazy.start();
        }
        return this;
    }

    /**
     * Reads every model again, one after the other on the calling thread, and returns the
     * milliseconds each took (for {@code memolens bench}); the models of this instance are untouched.
     */
    public static Map<String, Long> loadEachMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        NlpModels fresh = new NlpModels();
        for (Lazy<?> lazy : new Lazy<?>[] {fresh.sentence, fresh.tokens, fresh.pos, fresh.lemmas, fresh.language}) {
            long start = System.nanoTime();
            lazy.read();
            millis.put(lazy.resource, (System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    SentenceModel sentence() {
        return sentence.get();
    }

    TokenizerModel tokens() {
        return tokens.get();
    }

    POSModel pos() {
        return pos.get();
    }

    LemmatizerModel lemmas() {
        return lemmas.get();
    }

    LanguageDetectorModel language() {
        return language.get();
    }

    /** The model files this pipeline uses, by component, for the analysis run record. */
    public static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("opennlp-tools", BaseModel.class.getPackage().getImplementationVersion() == null
                ? "2.5.9" : BaseModel.class.getPackage().getImplementationVersion());
        versions.put("langdetect", LANGUAGE);
        versions.put("langcheck", LanguageIdentifier.CHECK_VERSION);
        versions.put("sentdetect", SENTENCE);
        versions.put("tokenizer", TOKENS);
        versions.put("pos", POS);
        versions.put("lemmatizer", LEMMAS);
        return versions;
    }

    /** A model read at most once from a class-path resource, in the background or on first use. */
    private static final class Lazy<M> extends ModelLoading.Background<M> {
        private final String resource;
        private final ModelReader<M> reader;

        Lazy(String resource, ModelReader<M> reader) {
            super(() -> read(resource, reader));
            this.resource = resource;
            this.reader = reader;
        }

        /** Reads the model again, on the calling thread, without touching this instance's value. */
        M read() {
            return read(resource, reader);
        }

        private static <M> M read(String resource, ModelReader<M> reader) {
            try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ModelUnavailableException("The OpenNLP model " + resource
                            + " is not on the class path; the installation is incomplete.");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new ModelUnavailableException("Could not read the OpenNLP model " + resource + ": " + e.getMessage(), e);
            }
        }
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }
}
