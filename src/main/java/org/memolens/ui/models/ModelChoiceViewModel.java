package org.memolens.ui.models;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.AnalyzeMemos;
import org.memolens.app.BrowseLibrary;
import org.memolens.app.TaskRunner;
import org.memolens.app.UserModels;
import org.memolens.domain.Code;
import org.memolens.domain.CodeScore;
import org.memolens.domain.Codebook;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.UserModel;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * Which frame model analyses a memo: the shipped model or a user model with its cross-validated
 * scores. Re-analysing stores a new analysis run that records the model; older runs are kept.
 *
 * <p>Use on the FX thread.
 */
public final class ModelChoiceViewModel {

    /** A model to choose: its name, who trained it on what, and its scores (none for the shipped model). */
    public record ModelRow(String name, String description, List<ScoreRow> scores, boolean shipped) {

        public ModelRow {
            scores = List.copyOf(scores);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final UserModels userModels;
    private final AnalyzeMemos analyze;
    private final BrowseLibrary browse;
    private final ReadOnlyObjectProperty<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();

    public ModelChoiceViewModel(UserModels userModels, AnalyzeMemos analyze, BrowseLibrary browse,
            ReadOnlyObjectProperty<Codebook> codebook, TaskRunner tasks, ErrorReporter errors) {
        this.userModels = userModels;
        this.analyze = analyze;
        this.browse = browse;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** The shipped model first, then the user models, oldest first. */
    public ObservableList<ModelRow> models() {
        return models;
    }

    public void reload() {
        tasks.run(Messages.get("task.models"), p -> userModels.list(), list -> {
            Codebook book = codebook.get();
            List<ModelRow> rows = new ArrayList<>();
            rows.add(new ModelRow("shipped", Messages.get("models.shipped"), List.of(), true));
            for (UserModel m : list) {
                rows.add(new ModelRow(m.name(), Messages.get("models.user", String.join(", ", m.coders()), m.sentences(),
                        m.codebookVersion(), WHEN.format(m.createdAt()), m.folds()),
                        m.scores().stream().map(s -> ScoreRow.of(s, name(book, s))).toList(), false));
            }
            models.setAll(rows);
        }, this::failed);
    }

    /**
     * Analyses the memo again with the named model, stores the run and hands memo and analysis back
     * on the FX thread.
     */
    public void reanalyse(long memoId, String modelName, BiConsumer<Memo, MemoAnalysis> then) {
        tasks.run(Messages.get("task.reanalyse", modelName), p -> {
            Memo memo = browse.open(memoId).orElseThrow(() -> new IllegalStateException("memo " + memoId + " is gone")).memo();
            return new Reanalysed(memo, analyze.analyze(memo, userModels.choice(modelName)));
        }, done -> then.accept(done.memo(), done.analysis()), this::failed);
    }

    private record Reanalysed(Memo memo, MemoAnalysis analysis) {
    }

    private static String name(Codebook book, CodeScore s) {
        return book == null ? s.code() : book.find(s.code()).map(Code::name).orElse(s.code());
    }

    private void failed(Throwable error) {
        errors.report(Messages.get("error.models.title"), UserMessages.describe(error));
    }
}
