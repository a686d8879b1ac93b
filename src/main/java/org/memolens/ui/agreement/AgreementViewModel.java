package org.memolens.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.BrowseLibrary;
import org.memolens.app.ComputeAgreement;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.MemoSummary;
import org.memolens.domain.TextSpan;
import org.memolens.research.AgreementReport;
import org.memolens.research.CodeAgreement;
import org.memolens.research.Disagreement;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.ProgressRelay;
import org.memolens.ui.UserMessages;
import org.memolens.ui.Choice;
import org.memolens.ui.codebook.CodeRow;
import org.memolens.ui.coding.CodersViewModel;

/**
 * The agreement window: which raters (coders, and the machine), memos and codes to compare; the
 * computation off the FX thread with progress and cancel; the table per code and overall, and the
 * sentences where raters disagree, each rater's codes side by side.
 *
 * <p>Use on the FX thread.
 */
public final class AgreementViewModel {

    private final ComputeAgreement agreement;
    private final BrowseLibrary browse;
    private final CodersViewModel coders;
    private final ReadOnlyObjectProperty<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ProgressRelay progress;

    private final ObservableList<Choice<Coder>> raters = FXCollections.observableArrayList();
    private final BooleanProperty machine = new SimpleBooleanProperty();
    private final BooleanProperty allMemos = new SimpleBooleanProperty(true);
    private final ObservableList<Choice<MemoSummary>> memos = FXCollections.observableArrayList();
    private final BooleanProperty allCodes = new SimpleBooleanProperty(true);
    private final ObservableList<Choice<Code>> codes = FXCollections.observableArrayList();
    private final ObservableList<AgreementRow> results = FXCollections.observableArrayList();
    private final ObservableList<String> raterNames = FXCollections.observableArrayList();
    private final ObservableList<DisagreementRow> disagreements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private BiConsumer<Long, TextSpan> opener = (memo, span) -> { };
    private TaskRunner.Job job;
    private long generation;

    public AgreementViewModel(ComputeAgreement agreement, BrowseLibrary browse, CodersViewModel coders,
            ReadOnlyObjectProperty<Codebook> codebook, TaskRunner tasks, Executor fxThread, ErrorReporter errors) {
        this.agreement = agreement;
        this.browse = browse;
        this.coders = coders;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
        this.progress = new ProgressRelay(fxThread);
        coders.coders().addListener((javafx.collections.ListChangeListener<Coder>) c -> refreshRaters());
        codebook.addListener((obs, o, n) -> refreshCodes());
        refreshRaters();
        refreshCodes();
    }

    public ObservableList<Choice<Coder>> raters() {
        return raters;
    }

    /** Whether the machine (each memo's newest analysis) is a rater too. */
    public BooleanProperty machineProperty() {
        return machine;
    }

    /** Every memo the chosen coders coded, or only the memos ticked. */
    public BooleanProperty allMemosProperty() {
        return allMemos;
    }

    public ObservableList<Choice<MemoSummary>> memos() {
        return memos;
    }

    /** Every code any rater used, or only the codes ticked. */
    public BooleanProperty allCodesProperty() {
        return allCodes;
    }

    public ObservableList<Choice<Code>> codes() {
        return codes;
    }

    /** One line per code, then the overall line. */
    public ObservableList<AgreementRow> results() {
        return results;
    }

    /** The raters of the last result, in order: the columns of the disagreements. */
    public ObservableList<String> raterNames() {
        return raterNames;
    }

    public ObservableList<DisagreementRow> disagreements() {
        return disagreements;
    }

    /** "2 raters, 3 memos, 41 sentences; 5 disagreements". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ProgressRelay progress() {
        return progress;
    }

    /** Where a disagreement is opened: the memo view shows the memo and selects the sentence. */
    public void setOpener(BiConsumer<Long, TextSpan> opener) {
        this.opener = opener;
    }

    /** Reloads the memos to choose from (the library may have changed). */
    public void refresh() {
        refreshRaters();
        refreshCodes();
        tasks.run(Messages.get("task.search"), p -> browse.search(""), found -> {
            Set<Long> ticked = memos.stream().filter(Choice::chosen).map(c -> c.value().id()).collect(Collectors.toSet());
            memos.setAll(found.stream().map(m -> new Choice<>(m, m.title(), ticked.contains(m.id()))).toList());
        }, this::failed);
    }

    public void compute() {
        List<String> names = raters.stream().filter(Choice::chosen).map(c -> c.value().name()).toList();
        List<Long> memoIds = allMemos.get() ? List.of() : memos.stream().filter(Choice::chosen).map(c -> c.value().id()).toList();
        List<String> codeIds = allCodes.get() ? List.of() : codes.stream().filter(Choice::chosen).map(c -> c.value().code()).toList();
        if (names.size() + (machine.get() ? 1 : 0) < 2) {
            summary.set(Messages.get("agreement.needTwo"));
            return;
        }
        if (!allMemos.get() && memoIds.isEmpty() || !allCodes.get() && codeIds.isEmpty()) {
            summary.set(Messages.get("agreement.needChoice"));
            return;
        }
        ComputeAgreement.Request request = new ComputeAgreement.Request(names, memoIds, codeIds, machine.get());
        long request0 = ++generation;
        running.set(true);
        progress.start(Messages.get("task.agreement"));
        job = tasks.run(Messages.get("task.agreement"), p -> agreement.compute(request, progress.wrap(p)), report -> {
            if (request0 == generation) {
                running.set(false);
                progress.finish("");
                show(report);
            }
        }, error -> {
            if (request0 == generation) {
                running.set(false);
                progress.finish("");
                failed(error);
            }
        });
    }

    /** Stops the computation; nothing changes in the results shown. */
    public void cancel() {
        if (job != null && running.get()) {
            generation++;
            job.cancel();
            running.set(false);
            progress.finish(Messages.get("agreement.cancelled"));
        }
    }

    public void open(DisagreementRow row) {
        if (row != null) {
            opener.accept(row.memoId(), row.span());
        }
    }

    private void show(AgreementReport report) {
        Codebook book = codebook.get();
        List<AgreementRow> rows = new ArrayList<>();
        for (CodeAgreement a : report.perCode()) {
            rows.add(AgreementRow.of(a, book == null ? a.code() : book.find(a.code()).map(Code::name).orElse(a.code()), false));
        }
        rows.add(AgreementRow.of(report.overall(), Messages.get("agreement.overall"), true));
        raterNames.setAll(report.raters());
        results.setAll(rows);
        List<DisagreementRow> differ = new ArrayList<>();
        for (Disagreement d : report.disagreements()) {
            List<String> perRater = new ArrayList<>();
            for (String rater : report.raters()) {
                Set<String> given = d.codesByRater().get(rater);
                perRater.add(given == null ? "—" : given.stream().map(c -> book == null ? c
                        : book.find(c).map(Code::name).orElse(c)).collect(Collectors.joining(", ")));
            }
            differ.add(new DisagreementRow(d.unit().memoId(), d.unit().memoTitle(), d.unit().index() + 1, d.unit().span(),
                    d.unit().text(), perRater));
        }
        disagreements.setAll(differ);
        summary.set(Messages.get("agreement.summary", report.raters().size(), report.memos(), report.sentences(),
                report.codes().size(), differ.size()));
    }

    private void refreshRaters() {
        Map<Long, Boolean> ticked = raters.stream().collect(Collectors.toMap(c -> c.value().id(), Choice::chosen, (a, b) -> a));
        raters.setAll(coders.coders().stream().map(c -> new Choice<>(c, c.name(), ticked.getOrDefault(c.id(), true))).toList());
    }

    private void refreshCodes() {
        Codebook book = codebook.get();
        Set<String> ticked = codes.stream().filter(Choice::chosen).map(c -> c.value().code()).collect(Collectors.toSet());
        codes.setAll(book == null ? List.of() : CodeRow.of(book, Map.of()).stream()
                .map(r -> new Choice<>(r.code(), "  ".repeat(r.depth()) + r.name(), ticked.contains(r.id()))).toList());
    }

    private void failed(Throwable error) {
        errors.report(Messages.get("error.agreement.title"), UserMessages.describe(error));
    }
}
