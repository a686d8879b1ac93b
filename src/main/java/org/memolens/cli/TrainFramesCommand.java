package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.FramingTools;
import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.LabelScore;
import org.memolens.domain.TrainingReport;

/** {@code memolens train frames --out MODEL FILE...}: train the frame model from labelled sentences. */
@Command(name = "frames", mixinStandardHelpOptions = true,
        description = {"Trains the frame model (one OpenNLP doccat model per code) from labelled JSONL files and",
            "chooses each code's threshold by cross-validation by memo. Never train on a held-out test file."})
final class TrainFramesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "labelled sentences (JSON Lines)")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "the model file to write")
    Path out;

    @Option(names = "--name", defaultValue = "memolens-frames-en-3", description = "model name. Default: ${DEFAULT-VALUE}")
    String name;

    @Option(names = "--algorithm", description = "MAXENT_QN, MAXENT or NAIVEBAYES (default: MAXENT_QN)")
    String algorithm;

    @Option(names = "--cutoff", description = "minimum feature count (default: 1)")
    Integer cutoff;

    @Option(names = "--iterations", description = "training iterations (default: 300)")
    Integer iterations;

    @Option(names = "--l2", description = "L2 cost for MAXENT_QN (default: 1.0)")
    Double l2;

    @Option(names = "--folds", description = "cross-validation folds by memo (default: 5)")
    Integer folds;

    @Override
    public Integer call() {
        FramingTools.TrainingSettings d = FramingTools.TrainingSettings.defaults();
        FramingTools.TrainingSettings settings = new FramingTools.TrainingSettings(
                algorithm == null ? d.algorithm() : algorithm, cutoff == null ? d.cutoff() : cutoff,
                iterations == null ? d.iterations() : iterations, l2 == null ? d.l2() : l2, folds == null ? d.folds() : folds);
        TrainingReport r = new FramingTools().train(files, settings, name, out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s: %s (fingerprint %s) from %d sentences, %s%n", r.written(), r.model(),
                r.fingerprint(), r.sentences(), r.settings());
        o.printf(Locale.ROOT, "cross-validation by memo at the chosen thresholds:%n");
        o.printf(Locale.ROOT, "%-20s %9s %9s %9s %8s%n", "CODE", "PRECISION", "RECALL", "F1", "SUPPORT");
        for (LabelScore s : r.crossValidation()) {
            o.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %8d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
        }
        o.printf(Locale.ROOT, "micro F1 %.3f, macro F1 %.3f%n", FramingEvaluation.microF1(r.crossValidation()),
                FramingEvaluation.macroF1(r.crossValidation()));
        o.printf(Locale.ROOT, "workforce impact model, cross-validation by memo:%n");
        for (LabelScore s : r.impactCrossValidation()) {
            o.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %8d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
        }
        o.printf(Locale.ROOT, "macro F1 %.3f%n", FramingEvaluation.macroF1(r.impactCrossValidation()));
        if (!r.deviceCrossValidation().isEmpty()) {
            o.printf(Locale.ROOT, "device span models, cross-validation by memo (spans, as eval frames counts them):%n");
            for (LabelScore s : r.deviceCrossValidation()) {
                o.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %8d%n", s.label(), s.precision(), s.recall(), s.f1(),
                        s.support());
            }
        }
        o.flush();
        return MemoLensCli.OK;
    }
}
