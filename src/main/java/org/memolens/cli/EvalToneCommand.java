package org.memolens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.DataPart;
import org.memolens.app.EvaluateTone;
import org.memolens.app.ToneEvaluation;
import org.memolens.domain.ClassificationReport;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MacroF1Interval;
import org.memolens.domain.MemoLensException;
import org.memolens.export.ClassificationReportJson;

/** {@code memolens eval tone FILE}: scores the shipped tone analyser on a labelled file. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = "Scores the tone analyser the application ships on a labelled file: n, accuracy, macro-F1, "
            + "per-class precision, recall and F1, and the confusion matrix (rows: gold). Each line is "
            + "analysed whole, as one sentence.")
final class EvalToneCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "label<TAB>text lines (.tsv; or a header row naming the "
            + "label and text columns), or .jsonl with \"text\" and \"tone\"")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--predictions", paramLabel = "OUT.tsv",
            description = "also write gold, predicted, score, confidence and text for every line")
    Path predictions;

    @Option(names = "--part", defaultValue = "all",
            description = "all, train or heldout (the fifth of a file held out from training); dev or fit split train "
            + "for choosing settings; fold0 to fold4 for cross-validation. Default: ${DEFAULT-VALUE}")
    String part;

    @Option(names = "--models", paramLabel = "DIR",
            description = "score the models in DIR (from 'train tone') instead of the shipped ones")
    Path models;

    @Option(names = "--fold-models", paramLabel = "DIR", split = ",",
            description = "cross-validation: five folders, the K-th (from 0) with models trained without fold K "
            + "(train tone ...#not-foldK); every line is scored by the models of its fold, and all lines "
            + "are counted together. Not with --part, --models or --bench.")
    List<Path> foldModels;

    @Option(names = "--rules-only", description = "score the lexicon-and-rules scorer alone (VADER's thresholds), without the models")
    boolean rulesOnly;

    @Option(names = "--bench", description = "also time tone for a memo of about 1,000 words built from FILE")
    boolean bench;

    @Option(names = "--bench-runs", defaultValue = "50", description = "timed runs for --bench. Default: ${DEFAULT-VALUE}")
    int benchRuns;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean crossValidated = foldModels != null;
        if (crossValidated && (models != null || bench || rulesOnly || !part.equals("all"))) {
            throw new InvalidInputException("--fold-models scores every line of the file with its fold's models:"
                    + " leave out --part, --models, --rules-only and --bench.");
        }
        if (rulesOnly && (models != null || bench)) {
            throw new InvalidInputException("--rules-only scores without models: leave out --models and --bench.");
        }
        DataPart chosen = DataPart.parse(part, "--part " + part);
        EvaluateTone evaluate = new EvaluateTone();
        ToneEvaluation result = crossValidated ? evaluate.evaluateCrossValidated(file, foldModels)
                : rulesOnly ? evaluate.evaluateRulesOnly(file, chosen) : evaluate.evaluate(file, chosen, models);
        if (predictions != null) {
            writePredictions(result);
        }
        Map<String, String> about = new LinkedHashMap<>();
        about.put("file", file.toString());
        about.put("part", crossValidated ? "all, cross-validated (" + EvaluateTone.FOLDS + " folds)" : chosen.code());
        if (rulesOnly) {
            about.put("analyser", "rules only");
        }
        EvaluateTone.Bench timing = bench ? evaluate.bench(file, models, benchRuns) : null;
        if (format == Format.json) {
            out.println(ClassificationReportJson.write(result.report(), result.folds(), about, timing == null ? Map.of() : Map.of(
                    "words", timing.words(), "sentences", timing.sentences(), "runs", timing.runs(),
                    "median_ms", timing.medianMs(), "p90_ms", timing.p90Ms())));
        } else {
            out.print(text(result.report(), about));
            out.print(folds(result.folds()));
            if (timing != null) {
                out.printf(Locale.ROOT, "bench: tone for %d words in %d sentences: median %.2f ms, p90 %.2f ms over %d runs%n",
                        timing.words(), timing.sentences(), timing.medianMs(), timing.p90Ms(), timing.runs());
            }
        }
        out.flush();
        return MemoLensCli.OK;
    }

    static String text(ClassificationReport r, Map<String, String> about) {
        StringBuilder sb = new StringBuilder();
        about.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        MacroF1Interval interval = MacroF1Interval.of(r);
        sb.append(String.format(Locale.ROOT, "n: %d%naccuracy: %.4f%nmacro-F1: %.4f (%.0f%% bootstrap interval %.4f to %.4f)%n%n",
                r.n(), r.accuracy(), r.macroF1(), 100 * interval.level(), interval.low(), interval.high()));
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %8s %10s%n", "class", "precision", "recall", "F1", "support",
                "predicted"));
        for (int i = 0; i < r.labels().size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %8d %10d%n", r.labels().get(i), r.precision(i),
                    r.recall(i), r.f1(i), r.support(i), r.predicted(i)));
        }
        sb.append(String.format("%nconfusion (rows gold, columns predicted)%n%-10s", ""));
        for (String label : r.labels()) {
            sb.append(String.format("%10s", label));
        }
        sb.append('\n');
        for (int i = 0; i < r.labels().size(); i++) {
            sb.append(String.format("%-10s", r.labels().get(i)));
            for (int j = 0; j < r.labels().size(); j++) {
                sb.append(String.format("%10d", r.count(i, j)));
            }
            sb.append('\n');
        }
        sb.append(shareNote(r));
        return sb.toString();
    }

    /** How far a label's share among the predictions may differ from its share in the file before the report says so. */
    static final double SHARE_GAP = 0.10;

    /**
     * A note when the analyser gives a label to a much larger or smaller share of the lines than the
     * file does: the usual sign that the file draws the line around neutral differently from the
     * training data, which matters more on a new source than its words (model card, "Sources never
     * trained on"). Empty otherwise.
     */
    static String shareNote(ClassificationReport r) {
        int n = r.n();
        if (n == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.labels().size(); i++) {
            double gold = r.support(i) / (double) n;
            double predicted = r.predicted(i) / (double) n;
            if (Math.abs(predicted - gold) >= SHARE_GAP) {
                sb.append(String.format(Locale.ROOT, "%nnote: %.0f%% of the lines are called %s, against %.0f%% in the file.",
                        100 * predicted, r.labels().get(i), 100 * gold));
            }
        }
        if (sb.length() > 0) {
            sb.append(String.format("%nThe file may draw the line between neutral and the other labels elsewhere than"
                    + " the%nanalyser's training data: see \"Sources never trained on\" in assets/models/tone-model-card.md.%n"));
        }
        return sb.toString();
    }

    /** Each fold's figures and the mean of their macro-F1, for a cross-validation; empty otherwise. */
    static String folds(List<ClassificationReport> folds) {
        if (folds.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format("%nfolds (each scored by the models that did not train on it)%n"));
        double sum = 0;
        for (int k = 0; k < folds.size(); k++) {
            ClassificationReport f = folds.get(k);
            sb.append(String.format(Locale.ROOT, "fold%d  n %5d  accuracy %.4f  macro-F1 %.4f%n", k, f.n(), f.accuracy(), f.macroF1()));
            sum += f.macroF1();
        }
        sb.append(String.format(Locale.ROOT, "mean of the folds' macro-F1: %.4f%n", sum / folds.size()));
        return sb.toString();
    }

    private void writePredictions(ToneEvaluation result) {
        try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            w.write("gold\tpredicted\tscore\tconfidence\ttext\n");
            for (ToneEvaluation.Prediction p : result.predictions()) {
                w.write(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%s%n", p.gold().code(),
                        p.tone().label().code(), p.tone().score(), p.tone().confidence(),
                        p.text().replace('\t', ' ').replace('\n', ' ')));
            }
        } catch (IOException e) {
            throw new MemoLensException(MemoLensException.Fix.ENVIRONMENT, "Could not write the predictions to "
                    + predictions + ": " + e.getMessage(), e);
        }
    }
}
