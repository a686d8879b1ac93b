package org.memolens.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.memolens.domain.Code;
import org.memolens.domain.CodeScore;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoLensException;
import org.memolens.domain.TextSpan;
import org.memolens.domain.UserModel;
import org.memolens.nlp.FrameModelTrainer;
import org.memolens.nlp.LabelledSentence;
import org.memolens.nlp.UserFrameModel;
import org.memolens.store.CodingRepository;
import org.memolens.store.MemoRepository;
import org.memolens.store.UserModelRepository;

/**
 * Use case: train a custom frame model from the codings of chosen coders. Every sentence of every
 * memo they coded is an example; it carries code C if any of their codings of C overlaps it (the
 * unitisation agreement uses). The model is cross-validated (k-fold, fixed seed) first, and its
 * per-code scores are part of the result and of the registry, so they are known before anyone
 * analyses with it. The file goes to {@code <database folder>/models/}; nothing is overwritten.
 *
 * <p>Slow (seconds to minutes): run it off the UI thread; it reports progress and can be cancelled
 * between folds.
 */
public final class TrainFrameModel {

    /** The registered model and how training went. */
    public record Report(UserModel model, List<String> skippedCodes, int memos) {

        public List<CodeScore> scores() {
            return model.scores();
        }
    }

    private final MemoRepository memos;
    private final CodingRepository codings;
    private final ManageCoders coders;
    private final ManageCodebook codebook;
    private final MemoSentences sentences;
    private final UserModelRepository registry;
    private final Path modelFolder;
    private final Clock clock;
    private final FrameModelTrainer.Settings settings;

    TrainFrameModel(MemoRepository memos, CodingRepository codings, ManageCoders coders, ManageCodebook codebook,
            MemoSentences sentences, UserModelRepository registry, Path modelFolder, Clock clock,
            FrameModelTrainer.Settings settings) {
        this.memos = memos;
        this.codings = codings;
        this.coders = coders;
        this.codebook = codebook;
        this.sentences = sentences;
        this.registry = registry;
        this.modelFolder = modelFolder;
        this.clock = clock;
        this.settings = settings;
    }

    /** The folder user models are written to. */
    public Path modelFolder() {
        return modelFolder;
    }

    public Report train(List<String> coderNames, String name, Progress progress) {
        String modelName = checkName(name);
        Path file = modelFolder.resolve(modelName + ".frame-model.zip");
        if (Files.exists(file)) {
            throw new InvalidInputException("A model file " + file + " exists already; choose another name.");
        }
        List<Coder> chosen = coders.require(coderNames);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("Name the coders whose codings train the model.");
        }
        List<Long> coderIds = chosen.stream().map(Coder::id).toList();
        Set<Long> memoIds = new TreeSet<>();
        coderIds.forEach(id -> memoIds.addAll(codings.memosCodedBy(id)));
        if (memoIds.isEmpty()) {
            throw new InvalidInputException("These coders have not coded any memo yet.");
        }
        List<Coding> all = codings.find(coderIds, memoIds, List.of());
        Codebook current = codebook.current();
        Set<String> used = all.stream().map(Coding::code).collect(Collectors.toSet());
        List<String> codes = current.codes().stream().map(Code::code).filter(used::contains).toList();
        List<LabelledSentence> examples = new ArrayList<>();
        for (long memoId : memoIds) {
            Memo memo = memos.find(memoId).orElseThrow();
            List<Coding> ofMemo = all.stream().filter(c -> c.memoId() == memoId).toList();
            for (TextSpan sentence : sentences.of(memo)) {
                Set<String> labels = new TreeSet<>();
                ofMemo.stream().filter(c -> c.overlaps(sentence)).forEach(c -> labels.add(c.code()));
                examples.add(new LabelledSentence(sentence.of(memo.text()), labels));
            }
        }
        int steps = settings.folds() + 2;
        FrameModelTrainer.Result result = FrameModelTrainer.train(modelName, examples, codes, settings, done -> {
            if (progress.isCancelled()) {
                throw new InvalidInputException("Training was cancelled; nothing was stored.");
            }
            progress.update(done, steps, done < settings.folds() ? "Cross-validating, fold " + (done + 1)
                    : "Training the final model");
        });
        if (result.model().codes().isEmpty()) {
            throw new InvalidInputException("Too few coded sentences to learn from: each code needs at least "
                    + settings.minimumPositives() + " sentences with it and " + settings.minimumPositives()
                    + " without it. Counts: " + counts(examples, codes) + ". Nothing was stored.");
        }
        return new Report(store(file, result, chosen, current.version(), examples.size()), result.skipped(), memoIds.size());
    }

    private UserModel store(Path file, FrameModelTrainer.Result result, List<Coder> chosen, int codebookVersion,
            int sentenceCount) {
        try {
            Files.createDirectories(modelFolder);
            result.model().write(file);
            UserModel model = new UserModel(0, result.model().name(), file, UserFrameModel.sha256(file), clock.instant(),
                    chosen.stream().map(Coder::name).toList(), codebookVersion, sentenceCount, result.folds(),
                    settings.seed(), result.scores());
            try {
                return registry.register(model);
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new MemoLensException(MemoLensException.Fix.ENVIRONMENT, "Cannot write the model to " + file + ": "
                    + e.getMessage() + ". Nothing was registered.", e);
        }
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!n.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") || n.equalsIgnoreCase("shipped")) {
            throw new InvalidInputException("\"" + n + "\" cannot name a model: use letters, digits, '.', '-' and '_' "
                    + "(up to 64), and not \"shipped\".");
        }
        return n;
    }

    private static String counts(List<LabelledSentence> examples, List<String> codes) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> e.codes().forEach(c -> counts.merge(c, 1, Integer::sum)));
        return codes.stream().map(c -> c + " " + counts.getOrDefault(c, 0)).collect(Collectors.joining(", "))
                + " of " + examples.size() + " sentences";
    }
}
