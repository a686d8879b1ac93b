package org.memolens.ui.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.AnalyzeMemos;
import org.memolens.app.BrowseLibrary;
import org.memolens.app.FileProblem;
import org.memolens.app.ImportMemos;
import org.memolens.app.ImportReport;
import org.memolens.app.TaskRunner;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.MemoSummary;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * State and commands of the memo library: the search, the listed memos, the selection, and
 * bringing new memos in. All storage and analysis run through the {@link TaskRunner}.
 *
 * <p>Use on the FX thread.
 */
public final class LibraryViewModel {

    private final BrowseLibrary browse;
    private final ImportMemos importMemos;
    private final AnalyzeMemos analyzeMemos;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<MemoSummary> memos = FXCollections.observableArrayList();
    private final ObjectProperty<MemoSummary> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The memo to select once the list next refreshes, e.g. the memo just imported. */
    private Long pendingSelection;

    public LibraryViewModel(BrowseLibrary browse, ImportMemos importMemos, AnalyzeMemos analyzeMemos, TaskRunner tasks,
            ErrorReporter errors) {
        this.browse = browse;
        this.importMemos = importMemos;
        this.analyzeMemos = analyzeMemos;
        this.tasks = tasks;
        this.errors = errors;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<MemoSummary> memos() {
        return memos;
    }

    public ObjectProperty<MemoSummary> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reloads the list for the current search text. */
    public void refresh() {
        String query = searchText.get();
        Long keep = pendingSelection != null ? pendingSelection
                : selected.get() == null ? null : selected.get().id();
        busy.set(true);
        tasks.run(Messages.get("task.search"), progress -> browse.search(query), found -> {
            busy.set(false);
            memos.setAll(found);
            pendingSelection = null;
            Optional<MemoSummary> again = found.stream().filter(m -> keep != null && m.id() == keep).findFirst();
            selected.set(again.orElse(null));
        }, this::failed);
    }

    /** Stores pasted text, analyses it, and selects it in the library. */
    public void paste(String title, String author, LocalDate date, String text) {
        busy.set(true);
        tasks.run(Messages.get("task.paste"), progress -> {
            ImportedMemo imported = importMemos.importText(title, author, date, text);
            if (imported.created()) {
                analyzeMemos.analyze(imported.memo());
            }
            return imported;
        }, imported -> {
            busy.set(false);
            selectAfterRefresh(imported.memo().id());
        }, this::failed);
    }

    /** Imports and analyses files; files that cannot be read are listed in one message. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(Messages.get("task.import", files.size()), progress -> {
            ImportReport report = importMemos.importFiles(files, progress);
            int i = 0;
            for (ImportedMemo imported : report.imported()) {
                if (progress.isCancelled()) {
                    break;
                }
                progress.update(i++, report.imported().size(), Messages.get("task.analyse", imported.memo().title()));
                if (imported.created()) {
                    analyzeMemos.analyze(imported.memo());
                }
            }
            return report;
        }, report -> {
            busy.set(false);
            if (!report.problems().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (FileProblem p : report.problems()) {
                    sb.append("• ").append(p.message()).append('\n');
                }
                errors.report(Messages.get("error.import.title", report.problems().size()), sb.toString().strip());
            }
            if (!report.imported().isEmpty()) {
                selectAfterRefresh(report.imported().get(report.imported().size() - 1).memo().id());
            }
        }, this::failed);
    }

    private void selectAfterRefresh(long memoId) {
        pendingSelection = memoId;
        searchText.set("");
        refresh();
    }

    private void failed(Throwable error) {
        busy.set(false);
        errors.report(Messages.get("error.title"), UserMessages.describe(error));
    }
}
