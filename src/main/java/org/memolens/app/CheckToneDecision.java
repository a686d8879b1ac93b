package org.memolens.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.memolens.domain.InvalidInputException;
import org.memolens.nlp.LinguisticPipeline;
import org.memolens.nlp.NlpModels;
import org.memolens.nlp.tone.DecisionSearch;
import org.memolens.nlp.tone.ToneAnalyzer;
import org.memolens.nlp.tone.ToneExample;

/**
 * Use case: would choosing the tone decision values again pay off? Every labelled sentence is read
 * by the models of its fold (trained without that fold), the values are searched on all of them and,
 * for the estimate, on all folds but one and scored on that one (nested cross-validation). The
 * result compares both with the shipped values on the same sentences.
 */
public final class CheckToneDecision {

    /**
     * A labelled set: one or more files counted as one, and its weight in the mean:
     * {@code FILE[+FILE...][*WEIGHT]}, e.g. {@code train.tsv+dev.tsv*2}.
     */
    public record SetSpec(String name, List<Path> files, double weight) {

        public SetSpec {
            files = List.copyOf(files);
        }

        public static SetSpec parse(String spec) {
            WeightSuffix weighted = WeightSuffix.of(spec);
            List<Path> files = new ArrayList<>();
            for (String file : weighted.rest().split("\\+")) {
                if (file.isBlank()) {
                    throw new InvalidInputException("Set '" + spec + "' names an empty file; use FILE[+FILE...][*WEIGHT].");
                }
                files.add(Path.of(file));
            }
            return new SetSpec(files.get(0).getFileName() + (files.size() > 1 ? "+" + (files.size() - 1) : ""), files,
                    weighted.weight());
        }
    }

    /**
     * Macro-F1 per set, in the order given, and their weighted mean.
     */
    public record Scores(double[] f1, double weighted) {

        static Scores of(DecisionSearch.Scores s) {
            return new Scores(s.f1().clone(), s.weighted());
        }
    }

    /**
     * The check.
     *
     * @param sentencesByFold how many sentences each fold's models read
     * @param shipped         the shipped values on every sentence
     * @param optimistic      values searched on every sentence, scored on the same sentences
     * @param nested          every fold scored with values searched on the other folds
     * @param searched        the values searched on every sentence
     * @param searchedWithout the values searched without each fold, by fold
     */
    public record Result(List<SetSpec> sets, Map<Integer, Integer> sentencesByFold, Scores shipped, Scores optimistic,
            Scores nested, String searched, Map<Integer, String> searchedWithout) {

        /** What searching again is estimated to gain over the shipped values, on sentences it was not chosen on. */
        public double nestedGain() {
            return nested.weighted() - shipped.weighted();
        }
    }

    private final LinguisticPipeline pipeline = new LinguisticPipeline(new NlpModels());

    /**
     * @param foldModels by fold number (0 to 4), a folder with the models trained without that fold
     *                   ({@code train tone} with each file's part excluding it); two or more folds
     */
    public Result check(Map<Integer, Path> foldModels, List<SetSpec> sets, Progress progress) {
        if (foldModels.size() < 2) {
            throw new InvalidInputException("Nested cross-validation needs the models of two or more folds; got "
                    + foldModels.size() + ".");
        }
        for (int fold : foldModels.keySet()) {
            if (fold < 0 || fold >= EvaluateTone.FOLDS) {
                throw new InvalidInputException("Fold " + fold + " in --fold-models is not one of 0 to "
                        + (EvaluateTone.FOLDS - 1) + " (K=DIR: DIR holds the models trained without fold K).");
            }
        }
        if (sets.isEmpty()) {
            throw new InvalidInputException("Name at least one labelled set.");
        }
        List<List<ToneExample>> examples = new ArrayList<>();
        for (SetSpec set : sets) {
            List<ToneExample> all = new ArrayList<>();
            for (Path file : set.files()) {
                all.addAll(LabelledFiles.read(file, ToneExample.Part.ALL));
            }
            examples.add(all);
        }
        List<DecisionSearch.Case> cases = new ArrayList<>();
        Map<Integer, Integer> byFold = new TreeMap<>();
        int done = 0;
        for (Map.Entry<Integer, Path> fold : new TreeMap<>(foldModels).entrySet()) {
            ToneExample.Part part = ToneExample.Part.fold(fold.getKey());
            ToneAnalyzer analyzer = analyzer(fold.getValue());
            int before = cases.size();
            for (int s = 0; s < sets.size(); s++) {
                for (ToneExample e : examples.get(s)) {
                    if (part.contains(e.text())) {
                        String[] words = pipeline.tokenSpans(e.text()).stream().map(t -> t.of(e.text())).toArray(String[]::new);
                        cases.add(DecisionSearch.read(analyzer, words, e.label(), s, fold.getKey()));
                    }
                }
            }
            byFold.put(fold.getKey(), cases.size() - before);
            progress.update(++done, foldModels.size() + 1, "read fold " + fold.getKey());
        }
        double[] weights = sets.stream().mapToDouble(SetSpec::weight).toArray();
        DecisionSearch.Check check = DecisionSearch.check(cases, weights);
        progress.update(foldModels.size() + 1, foldModels.size() + 1, "searched");
        return new Result(List.copyOf(sets), byFold, Scores.of(check.shipped()), Scores.of(check.optimistic()),
                Scores.of(check.nested()), check.searched(), check.byFold());
    }

    private static ToneAnalyzer analyzer(Path dir) {
        try {
            return ToneAnalyzer.read(dir);
        } catch (IOException e) {
            throw new InvalidInputException("Could not read the tone models in " + dir + ": " + e.getMessage(), e);
        }
    }
}
