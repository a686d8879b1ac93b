package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.memolens.domain.TextSpan;

/**
 * Trains the two models of the tone analyser from labelled sets: the {@link ToneModel} on every set
 * with its weight, and the {@link RegisterModel} on the same texts labelled with their register,
 * balanced so that every register counts the same.
 *
 * <p>Reproducible: samples are sorted before training, weights are applied by duplicating examples
 * (a fractional weight keeps a fixed, hash-chosen share of the extra copies), subsampling is by hash,
 * and the trainers run on one thread. The same sets and settings give byte-identical model files.
 */
public final class ToneTrainer {

    /** Examples per register in the register model's training data. */
    static final int REGISTER_SAMPLES = 15000;

    /**
     * One labelled set for training.
     *
     * @param name     where it came from, for reports
     * @param register the kind of prose it is
     * @param examples its labelled texts (already restricted to the part used for training)
     * @param weight   how many times each example counts (2.5: twice, and half of them three times)
     */
    public record TrainingSet(String name, ToneRegister register, List<ToneExample> examples, double weight) {

        public TrainingSet {
            examples = List.copyOf(examples);
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    /** The trained models and what went into them. */
    public record Trained(ToneModel tone, RegisterModel register, int toneSamples, int registerSamples) {
    }

    private ToneTrainer() {
    }

    /**
     * Trains both models.
     *
     * @param tokenizer splits a text into token spans, as the analyser will see it
     */
    public static Trained train(List<TrainingSet> sets, ToneTrainingSettings settings,
            Function<String, List<TextSpan>> tokenizer) {
        List<ToneSample> tone = new ArrayList<>();
        Map<ToneRegister, List<ToneSample>> byRegister = new EnumMap<>(ToneRegister.class);
        for (TrainingSet set : sets) {
            for (ToneExample e : set.examples()) {
                ToneSample sample = new ToneSample(e.label(), set.register(), words(e.text(), tokenizer));
                for (int i = copies(e.text(), set.weight()); i > 0; i--) {
                    tone.add(sample);
                }
                byRegister.computeIfAbsent(set.register(), r -> new ArrayList<>()).add(sample);
            }
        }
        tone.sort(ORDER);
        List<ToneSample> registers = balanced(byRegister);
        return new Trained(ToneModel.train(tone, settings), RegisterModel.train(registers, settings.forRegisters()), tone.size(),
                registers.size());
    }

    private static final Comparator<ToneSample> ORDER = Comparator
            .comparing((ToneSample s) -> s.register())
            .thenComparing(ToneSample::label)
            .thenComparing(s -> String.join(" ", s.tokens()));

    static String[] words(String text, Function<String, List<TextSpan>> tokenizer) {
        return tokenizer.apply(text).stream().map(span -> span.of(text)).toArray(String[]::new);
    }

    /** How many copies of an example a weight asks for; the fractional part is decided by hash. */
    static int copies(String text, double weight) {
        int whole = (int) Math.floor(weight);
        double fraction = weight - whole;
        return whole + (Math.floorMod(text.hashCode() * 31 + 17, 1000) < fraction * 1000 ? 1 : 0);
    }

    /**
     * The same number of samples for every register: large registers keep a hash-chosen subset,
     * small ones are repeated.
     */
    static List<ToneSample> balanced(Map<ToneRegister, List<ToneSample>> byRegister) {
        List<ToneSample> result = new ArrayList<>();
        for (List<ToneSample> samples : byRegister.values()) {
            List<ToneSample> sorted = new ArrayList<>(samples);
            sorted.sort(Comparator.comparingInt((ToneSample s) -> String.join(" ", s.tokens()).hashCode())
                    .thenComparing(s -> String.join(" ", s.tokens())));
            for (int i = 0; i < REGISTER_SAMPLES && !sorted.isEmpty(); i++) {
                result.add(sorted.get(i % sorted.size()));
            }
        }
        result.sort(ORDER);
        return result;
    }
}
