package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's English POS model, decoded greedily with every word-level part of the computation
 * cached: the same tags as {@link POSTaggerME} with its default beam of 3, several times faster.
 *
 * <p>Why greedy gives the same tags: the model's feature generator is declared {@code cache="true"},
 * and OpenNLP's {@code CachedFeatureGenerator} caches the features of a position by token index
 * alone, previous tags included. Every beam candidate at a position is therefore scored with the
 * features of the best candidate so far, all candidates share one distribution, and the best
 * sequence of the beam is the greedy one. {@code GreedyPosTaggerTest} checks the equality on text.
 *
 * <p>Why it is fast: a token's score vector is the model's log-prior plus, in the order the feature
 * generator emits them, the parameter vectors of its features. The features of the word itself
 * (prefixes, suffixes, lower-cased form) come first, so their partial sum is cached per word form and
 * the rest (neighbouring words, sentence start, word class, previous tags) is added feature by
 * feature in the generator's order: the sums, and so the tags, are bit-for-bit OpenNLP's, without
 * building ~20 feature strings per token. Feature strings are built with OpenNLP's own generator,
 * once per distinct word form.
 *
 * <p>Thread-safe: caches are shared, the feature generator is per thread.
 */
final class GreedyPosTagger {

    private static final int CACHE_SIZE = 200_000;
    /** Sums closer than this to the best are settled with OpenNLP's own probabilities (ties are rare). */
    private static final double NEAR_TIE = 1e-6;

    private final Map<String, Context> features;
    private final String[] tags;
    private final double logPrior;
    private final ThreadLocal<POSContextGenerator> generator;
    private final BoundedCache<String, Word> words = new BoundedCache<>(CACHE_SIZE);
    private final Context[] sentenceStart;
    private final Context[] previousTag;
    private final Context[][] previousTwoTags;

    /** What the model knows about one word form. */
    private record Word(double[] ownSums, Context[] classFeatures, Context prev1, Context prev2, Context next1,
            Context next2) {
    }

    @SuppressWarnings("unchecked")
    private GreedyPosTagger(POSModel model, GISModel gis) {
        Object[] data = gis.getDataStructures();
        this.features = (Map<String, Context>) data[1];
        this.tags = (String[]) data[2];
        this.logPrior = StrictMath.log(1.0 / tags.length);
        this.generator = ThreadLocal.withInitial(() -> model.getFactory().getPOSContextGenerator());
        this.sentenceStart = new Context[] {features.get("S=begin"), features.get("p1S=begin"), features.get("p2S=begin")};
        this.previousTag = new Context[tags.length];
        this.previousTwoTags = new Context[tags.length][tags.length];
        for (int a = 0; a < tags.length; a++) {
            previousTag[a] = features.get("t=" + tags[a]);
            for (int b = 0; b < tags.length; b++) {
                previousTwoTags[a][b] = features.get("t2=" + tags[a] + "," + tags[b]);
            }
        }
    }

    /**
     * The fast tagger for {@code model}, or empty when the model is not of the shape this class
     * reproduces exactly (not GIS, a tag dictionary, or a feature layout it does not know); callers
     * then use {@link POSTaggerME}.
     */
    static Optional<GreedyPosTagger> of(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof GISModel gis) || model.getFactory().getTagDictionary() != null) {
            return Optional.empty();
        }
        GreedyPosTagger tagger = new GreedyPosTagger(model, gis);
        return tagger.knowsFeatureLayout() ? Optional.of(tagger) : Optional.empty();
    }

    /** The feature strings OpenNLP builds for a probe sentence must be exactly those this class assumes. */
    private boolean knowsFeatureLayout() {
        String[] probe = {"We", "will", "reduce", "costs", "."};
        String[] probeTags = {"PRON", "AUX", "VERB", "NOUN", "PUNCT"};
        for (int i = 0; i < probe.length; i++) {
            List<String> expected = List.of(generator.get().getContext(i, probe, probeTags, null));
            if (!expected.equals(featureNames(probe, probeTags, i))) {
                return false;
            }
        }
        return true;
    }

    /** The feature names this class sums for position {@code i}, in order (used only to check the layout). */
    private List<String> featureNames(String[] sentence, String[] previous, int i) {
        String[] own = generator.get().getContext(0, new String[] {sentence[i]}, new String[1], null);
        List<String> names = new ArrayList<>();
        int start = indexOf(own, "S=begin");
        for (int k = 0; k < start; k++) {
            names.add(own[k]);
        }
        if (i >= 1) {
            names.add("p1w=" + lowerForm(sentence[i - 1]));
        }
        if (i >= 2) {
            names.add("p2w=" + lowerForm(sentence[i - 2]));
        }
        if (i + 1 < sentence.length) {
            names.add("n1w=" + lowerForm(sentence[i + 1]));
        }
        if (i + 2 < sentence.length) {
            names.add("n2w=" + lowerForm(sentence[i + 2]));
        }
        if (i <= 2) {
            names.add(new String[] {"S=begin", "p1S=begin", "p2S=begin"}[i]);
        }
        for (int k = start + 1; k < own.length; k++) {
            names.add(own[k]);
        }
        if (i >= 1) {
            names.add("t=" + previous[i - 1]);
        }
        if (i >= 2) {
            names.add("t2=" + previous[i - 2] + "," + previous[i - 1]);
        }
        return names;
    }

    private String lowerForm(String word) {
        for (String f : generator.get().getContext(0, new String[] {word}, new String[1], null)) {
            if (f.startsWith("w=")) {
                return f.substring(2);
            }
        }
        throw new IllegalStateException("no w= feature for " + word);
    }

    String[] tag(String[] sentence) {
        int n = sentence.length;
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            w[i] = words.get(sentence[i], this::word);
        }
        int[] chosen = new int[n];
        double[] sums = new double[tags.length];
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i].ownSums(), 0, sums, 0, sums.length);
            if (i >= 1) {
                add(sums, w[i - 1].prev1());
            }
            if (i >= 2) {
                add(sums, w[i - 2].prev2());
            }
            if (i + 1 < n) {
                add(sums, w[i + 1].next1());
            }
            if (i + 2 < n) {
                add(sums, w[i + 2].next2());
            }
            if (i <= 2) {
                add(sums, sentenceStart[i]);
            }
            for (Context c : w[i].classFeatures()) {
                add(sums, c);
            }
            if (i >= 1) {
                add(sums, previousTag[chosen[i - 1]]);
            }
            if (i >= 2) {
                add(sums, previousTwoTags[chosen[i - 2]][chosen[i - 1]]);
            }
            chosen[i] = best(sums);
            result[i] = tags[chosen[i]];
        }
        return result;
    }

    private Word word(String form) {
        String[] own = generator.get().getContext(0, new String[] {form}, new String[1], null);
        int start = indexOf(own, "S=begin");
        double[] sums = new double[tags.length];
        java.util.Arrays.fill(sums, logPrior);
        String lower = null;
        for (int k = 0; k < start; k++) {
            add(sums, features.get(own[k]));
            if (own[k].startsWith("w=")) {
                lower = own[k].substring(2);
            }
        }
        Context[] classFeatures = new Context[own.length - start - 1];
        for (int k = start + 1; k < own.length; k++) {
            classFeatures[k - start - 1] = features.get(own[k]);
        }
        return new Word(sums, classFeatures, features.get("p1w=" + lower), features.get("p2w=" + lower),
                features.get("n1w=" + lower), features.get("n2w=" + lower));
    }

    private static void add(double[] sums, Context feature) {
        if (feature == null) {
            return;
        }
        int[] outcomes = feature.getOutcomes();
        double[] parameters = feature.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
            sums[outcomes[k]] += parameters[k];
        }
    }

    /** The first outcome with the highest probability, as OpenNLP's beam search picks it. */
    private static int best(double[] sums) {
        int best = 0;
        for (int k = 1; k < sums.length; k++) {
            if (sums[k] > sums[best]) {
                best = k;
            }
        }
        for (int k = 0; k < sums.length; k++) {
            if (k != best && sums[best] - sums[k] < NEAR_TIE) {
                return bestByProbability(sums);
            }
        }
        return best;
    }

    /** OpenNLP's arithmetic: exp of each sum, normalised; the first maximum wins. */
    private static int bestByProbability(double[] sums) {
        double[] p = new double[sums.length];
        double normal = 0;
        for (int k = 0; k < sums.length; k++) {
            p[k] = StrictMath.exp(sums[k]);
            normal += p[k];
        }
        int best = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] /= normal;
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        throw new IllegalStateException("the POS feature generator emitted no " + value);
    }
}
