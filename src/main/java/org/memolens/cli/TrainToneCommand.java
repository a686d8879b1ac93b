package org.memolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.memolens.app.Progress;
import org.memolens.app.TrainToneModel;
import org.memolens.app.ToneTrainingOptions;

/** {@code memolens train tone SET...}: trains the tone and register models. */
@Command(name = "tone", mixinStandardHelpOptions = true,
        description = "Trains the tone model and the register model and writes tone-model.bin and "
            + "tone-register.bin into --output (assets/models for the shipped models; see "
            + "assets/models/tone-model-card.md for the command that built them). The same sets and "
            + "options always give byte-identical files.")
final class TrainToneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "folder to write the two models into")
    Path output;

    @Option(names = "--algorithm", defaultValue = "maxent-qn",
            description = "maxent-qn, maxent-qn-continued (L-BFGS restarted after an early stop until the iterations "
            + "are used up), maxent-qn-nostop (OpenNLP's steps for exactly --iterations), maxent-qn-fixed "
            + "(the same with OpenNLP's curvature memory corrected), maxent-qn-fixed-scaled (corrected, "
            + "scaled initial Hessian), maxent, perceptron or naive-bayes. Default: ${DEFAULT-VALUE}")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "150", description = "Default: ${DEFAULT-VALUE}")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "drop features seen fewer times. Default: ${DEFAULT-VALUE}")
    int cutoff;

    @Option(names = "--l1", defaultValue = "0", description = "L1 cost for maxent-qn (sets weak features to 0). Default: ${DEFAULT-VALUE}")
    double l1;

    @Option(names = "--l2", defaultValue = "0.5", description = "L2 cost for maxent-qn. Default: ${DEFAULT-VALUE}")
    double l2;

    @Option(names = "--prune", defaultValue = "0",
            description = "maxent-qn: leave out features whose weights (centred over the labels) all "
            + "lie within this of 0. Default: ${DEFAULT-VALUE}")
    double prune;

    @Option(names = "--stop-objective-per-event", paramLabel = "TONE[,REGISTER]", split = ",",
            description = "maxent-qn-continued: stop training a model once its objective (negative log-likelihood "
            + "plus L2 cost) per training event is at most this: the convergence a development model "
            + "reached (see the model card). One value for both models, or tone,register. Default: never")
    List<Double> stopObjective = List.of();

    @Parameters(paramLabel = "SET", arity = "1..*", description = {
            "REGISTER=PATH[#PART][*WEIGHT]: a labelled file (label<TAB>text .tsv, or .jsonl with "
            + "\"text\" and \"tone\") of register memo, news, markets, social or review; PART is all (default), "
            + "train (the four fifths not held out) or heldout (dev and fit split train; not-fold0 to "
            + "not-fold4, or unions of folds such as folds234, for cross-validation: see the model card); "
            + "WEIGHT repeats each text (default 1).",
            "Example: news=assets/data/tone/news.tsv#train*2"})
    List<String> sets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double stopTone = stopObjective.isEmpty() ? 0 : stopObjective.get(0);
        double stopRegister = stopObjective.size() < 2 ? stopTone : stopObjective.get(1);
        ToneTrainingOptions settings = new ToneTrainingOptions(algorithm, iterations, cutoff, l1, l2, prune, stopTone,
                stopRegister);
        List<TrainToneModel.SetSpec> specs = sets.stream().map(TrainToneModel.SetSpec::parse).toList();
        out.println("Training (" + settings.describe() + ") ...");
        out.flush();
        TrainToneModel.Result result = new TrainToneModel().train(specs, settings, output, Progress.NONE);
        result.sets().forEach(s -> out.println("  " + s));
        out.printf("%d tone samples, %d register samples%n", result.toneSamples(), result.registerSamples());
        out.printf("%s  sha256 %s%n", result.toneModel(), result.toneSha256());
        out.printf("%s  sha256 %s%n", result.registerModel(), result.registerSha256());
        out.flush();
        return MemoLensCli.OK;
    }
}
