package org.memolens.ui.models;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.memolens.app.TaskRunner;
import org.memolens.app.TrainFrameModel;
import org.memolens.domain.Code;
import org.memolens.domain.CodeScore;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.ui.Choice;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.ProgressRelay;
import org.memolens.ui.UserMessages;
import org.memolens.ui.coding.CodersViewModel;

/**
 * Training a custom frame model from chosen coders' codings: the coders and a name, training off
 * the FX thread with progress and cancel, then the cross-validated scores per code and the codes
 * left out, which are shown before the model can be used ({@link #reportProperty} stays null until
 * then).
 *
 * <p>Use on the FX thread.
 */
public final class TrainingViewModel {

    private final TrainFrameModel training;
    private final ReadOnlyObjectProperty<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ProgressRelay progress;
    private final CodersViewModel coders;

    private final ObservableList<Choice<Coder>> chosen = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TrainFrameModel.Report> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skipped = new ReadOnlyStringWrapper("");
    private TaskRunner.Job job;
    private long generation;

    public TrainingViewModel(TrainFrameModel training, CodersViewModel coders, ReadOnlyObjectProperty<Codebook> codebook,
            TaskRunner tasks, Executor fxThread, ErrorReporter errors) {
        this.training = training;
        this.coders = coders;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
        this.progress = new ProgressRelay(fxThread);
        coders.coders().addListener((ListChangeListener<Coder>) c -> refreshCoders());
        refreshCoders();
    }

    /** The coders whose codings train the model (all ticked at first). */
    public ObservableList<Choice<Coder>> coders() {
        return chosen;
    }

    /** The model's name: letters, digits, '.', '-' and '_'. */
    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ProgressRelay progress() {
        return progress;
    }

    /** The trained and registered model with its scores; null until training succeeded. */
    public ReadOnlyObjectProperty<TrainFrameModel.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Cross-validated precision, recall and F1 per trained code. */
    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The codes left out for too few coded sentences, in words; empty if none. */
    public ReadOnlyStringProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    public void train() {
        List<String> names = chosen.stream().filter(Choice::chosen).map(c -> c.value().name()).toList();
        if (names.isEmpty()) {
            summary.set(Messages.get("training.needCoder"));
            return;
        }
        String modelName = name.get() == null ? "" : name.get().strip();
        long request = ++generation;
        report.set(null);
        scores.clear();
        skipped.set("");
        summary.set("");
        running.set(true);
        progress.start(Messages.get("task.training", modelName));
        job = tasks.run(Messages.get("task.training", modelName), p -> training.train(names, modelName, progress.wrap(p)),
                done -> {
                    if (request == generation) {
                        running.set(false);
                        progress.finish("");
                        show(done);
                    }
                }, error -> {
                    if (request == generation) {
                        running.set(false);
                        progress.finish("");
                        errors.report(Messages.get("error.training.title"), UserMessages.describe(error));
                    }
                });
    }

    /** Stops training at the next fold; nothing is stored. */
    public void cancel() {
        if (job != null && running.get()) {
            generation++;
            job.cancel();
            running.set(false);
            progress.finish(Messages.get("training.cancelled"));
        }
    }

    private void show(TrainFrameModel.Report done) {
        Codebook book = codebook.get();
        scores.setAll(done.scores().stream().map(s -> ScoreRow.of(s, name(book, s.code()))).toList());
        double meanF1 = done.scores().stream().mapToDouble(CodeScore::f1).filter(f -> !Double.isNaN(f)).average().orElse(Double.NaN);
        summary.set(Messages.get("training.done", done.model().name(), done.memos(), done.model().sentences(),
                done.model().folds(), ScoreRow.number(meanF1)));
        skipped.set(done.skippedCodes().isEmpty() ? "" : Messages.get("training.skipped",
                done.skippedCodes().stream().map(c -> name(book, c)).collect(Collectors.joining(", "))));
        report.set(done);
    }

    private void refreshCoders() {
        Map<Long, Boolean> ticked = chosen.stream().collect(Collectors.toMap(c -> c.value().id(), Choice::chosen, (a, b) -> a));
        chosen.setAll(coders.coders().stream().map(c -> new Choice<>(c, c.name(), ticked.getOrDefault(c.id(), true))).toList());
    }

    private static String name(Codebook book, String code) {
        return book == null ? code : book.find(code).map(Code::name).orElse(code);
    }
}
