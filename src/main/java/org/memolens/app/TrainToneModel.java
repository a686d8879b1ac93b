package org.memolens.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MemoLensException;
import org.memolens.nlp.LinguisticPipeline;
import org.memolens.nlp.NlpModels;
import org.memolens.nlp.tone.RegisterModel;
import org.memolens.nlp.tone.ToneFeatureFingerprint;
import org.memolens.nlp.tone.ToneExample;
import org.memolens.nlp.tone.ToneModel;
import org.memolens.nlp.tone.ToneRegister;
import org.memolens.nlp.tone.ToneTrainer;

/**
 * Use case: train the tone models from labelled sets and write {@code tone-model.bin} and
 * {@code tone-register.bin} into a folder (for the shipped models, {@code assets/models}), with
 * {@code tone-model.features}, the fingerprint of the features the tone model was trained with.
 */
public final class TrainToneModel {

    /**
     * One training set as given on the command line: {@code REGISTER=PATH[#PART][*WEIGHT]}, e.g.
     * {@code news=assets/data/tone/news.tsv#train*2}.
     */
    public record SetSpec(ToneRegister register, Path file, DataPart part, double weight) {

        public static SetSpec parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq < 1) {
                throw new InvalidInputException("Training set '" + spec + "' must be REGISTER=PATH[#PART][*WEIGHT], "
                        + "e.g. news=assets/data/tone/news.tsv#train*2.");
            }
            ToneRegister register;
            try {
                register = ToneRegister.fromCode(spec.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown register '" + spec.substring(0, eq)
                        + "' (use " + java.util.Arrays.stream(ToneRegister.values()).map(ToneRegister::code)
                                .collect(java.util.stream.Collectors.joining(", ")) + ").");
            }
            WeightSuffix weighted = WeightSuffix.of(spec.substring(eq + 1));
            String rest = weighted.rest();
            double weight = weighted.weight();
            DataPart part = DataPart.ALL;
            int hash = rest.lastIndexOf('#');
            if (hash >= 0) {
                part = DataPart.parse(rest.substring(hash + 1), spec);
                rest = rest.substring(0, hash);
            }
            return new SetSpec(register, Path.of(rest), part, weight);
        }
    }

    /** What was written. */
    public record Result(Path toneModel, String toneSha256, Path registerModel, String registerSha256, int toneSamples,
            int registerSamples, List<String> sets) {
    }

    public Result train(List<SetSpec> specs, ToneTrainingOptions options, Path outputDir, Progress progress) {
        List<ToneTrainer.TrainingSet> sets = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (SetSpec spec : specs) {
            List<ToneExample> examples = LabelledFiles.read(spec.file(), spec.part().toNlp());
            sets.add(new ToneTrainer.TrainingSet(spec.file().toString(), spec.register(), examples, spec.weight()));
            described.add(spec.register().code() + " " + spec.file() + " part " + spec.part().code()
                    + " weight " + spec.weight() + ": " + examples.size() + " texts");
        }
        progress.update(0, 1, "training on " + sets.size() + " sets");
        LinguisticPipeline pipeline = new LinguisticPipeline(new NlpModels());
        ToneTrainer.Trained trained = ToneTrainer.train(sets, options.settings(), pipeline::tokenSpans);
        try {
            Files.createDirectories(outputDir);
            Path tone = outputDir.resolve(ToneModel.FILE_NAME);
            Path register = outputDir.resolve(RegisterModel.FILE_NAME);
            byte[] toneBytes = trained.tone().bytes();
            byte[] registerBytes = trained.register().bytes();
            Files.write(tone, toneBytes);
            Files.write(register, registerBytes);
            String toneSha = sha256(toneBytes);
            Files.writeString(outputDir.resolve(ToneFeatureFingerprint.FILE_NAME),
                    ToneFeatureFingerprint.record(toneSha, ToneFeatureFingerprint.current(pipeline::tokenSpans)));
            progress.update(1, 1, "done");
            return new Result(tone, toneSha, register, sha256(registerBytes), trained.toneSamples(),
                    trained.registerSamples(), described);
        } catch (IOException e) {
            throw new MemoLensException(MemoLensException.Fix.ENVIRONMENT, "Could not write the models to " + outputDir
                    + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
