package org.memolens.ui.memo;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.AnalyzeMemos;
import org.memolens.app.BrowseLibrary;
import org.memolens.app.MemoDetails;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * The memo on show: its title line, a notice when it could not be analysed, and its numbered
 * sentences. A memo without a stored analysis is analysed when first shown.
 *
 * <p>Use on the FX thread.
 */
public final class MemoViewModel {

    private final BrowseLibrary browse;
    private final AnalyzeMemos analyzeMemos;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("memo.none"));
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<SentenceRow> sentences = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** Guards against a slow load for an earlier selection overwriting a later one. */
    private long requested = -1;

    public MemoViewModel(BrowseLibrary browse, AnalyzeMemos analyzeMemos, TaskRunner tasks, ErrorReporter errors) {
        this.browse = browse;
        this.analyzeMemos = analyzeMemos;
        this.tasks = tasks;
        this.errors = errors;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<SentenceRow> sentences() {
        return sentences;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public void clear() {
        requested = -1;
        title.set(Messages.get("memo.none"));
        details.set("");
        notice.set("");
        sentences.clear();
    }

    /** Loads the memo (analysing it first if it never was) and shows it. */
    public void show(long memoId) {
        requested = memoId;
        loading.set(true);
        tasks.run(Messages.get("task.open"), progress -> load(memoId), loaded -> {
            if (requested != memoId) {
                return;
            }
            loading.set(false);
            display(loaded);
        }, error -> {
            loading.set(false);
            errors.report(Messages.get("error.title"), UserMessages.describe(error));
        });
    }

    private Loaded load(long memoId) {
        MemoDetails found = browse.open(memoId).orElseThrow(
                () -> new IllegalStateException("memo " + memoId + " vanished from the database"));
        MemoAnalysis analysis = found.analysis().orElseGet(() -> analyzeMemos.analyze(found.memo()));
        return new Loaded(found.memo(), analysis);
    }

    private void display(Loaded loaded) {
        Memo memo = loaded.memo();
        title.set(memo.title());
        List<String> parts = new ArrayList<>();
        if (memo.metadata().author() != null) {
            parts.add(memo.metadata().author());
        }
        if (memo.metadata().date() != null) {
            parts.add(memo.metadata().date().toString());
        }
        parts.add(Messages.get("memo.words", memo.wordCount()));
        parts.add(Messages.get("memo.sentences", loaded.analysis().sentences().size()));
        details.set(String.join("  ·  ", parts));
        notice.set(loaded.analysis().analysed() ? ""
                : Messages.get("memo.notEnglish", loaded.analysis().language().code()));
        List<SentenceRow> rows = new ArrayList<>();
        for (SentenceAnalysis s : loaded.analysis().sentences()) {
            rows.add(new SentenceRow(s.index() + 1, s.start(), s.end(), s.text(memo.text())));
        }
        sentences.setAll(rows);
    }

    private record Loaded(Memo memo, MemoAnalysis analysis) {
    }
}
