package org.memolens.ui.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.memolens.app.OrganizeLibrary;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Codebook;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.LibraryEntry;
import org.memolens.domain.LibraryFilter;
import org.memolens.domain.MemoMetadata;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * State and commands of the memo library: search and collection filter, the listed memos with
 * their figures, the selection, importing, organising, and deleting with undo. All storage and
 * analysis run through the {@link TaskRunner}.
 *
 * <p>Use on the FX thread.
 */
public final class LibraryViewModel {

    private final BrowseLibrary browse;
    private final OrganizeLibrary organize;
    private final ImportMemos importMemos;
    private final AnalyzeMemos analyzeMemos;
    private final Supplier<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<String> collection = new SimpleObjectProperty<>();
    private final ObservableList<String> collections = FXCollections.observableArrayList();
    private final ObservableList<LibraryEntry> memos = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<LibraryEntry> selection = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private List<Long> lastDeleted = List.of();
    /** The memo to select once the list next refreshes, e.g. the memo just imported. */
    private Long pendingSelection;
    /** Counts refreshes, so the answer to an older search never overwrites a newer one. */
    private long generation;

    public LibraryViewModel(BrowseLibrary browse, OrganizeLibrary organize, ImportMemos importMemos,
            AnalyzeMemos analyzeMemos, Supplier<Codebook> codebook, TaskRunner tasks, ErrorReporter errors) {
        this.browse = browse;
        this.organize = organize;
        this.importMemos = importMemos;
        this.analyzeMemos = analyzeMemos;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
        collection.addListener((obs, o, n) -> refresh());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The collection shown, or null for the whole library. */
    public ObjectProperty<String> collectionProperty() {
        return collection;
    }

    public ObservableList<String> collections() {
        return collections;
    }

    public ObservableList<LibraryEntry> memos() {
        return memos;
    }

    /** The memo on show (the focused row). */
    public ObjectProperty<LibraryEntry> selectedProperty() {
        return selected;
    }

    /** Every selected row, for commands on several memos (compare, delete, collections). */
    public ObservableList<LibraryEntry> selection() {
        return selection;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A short message about the last command, e.g. "Deleted 2 memos". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Frame codes as the codebook names them, for the library's frames column. */
    public String frameNames(List<String> codes) {
        Codebook book = codebook.get();
        return String.join(", ", codes.stream().map(c -> book.find(c).map(x -> x.name()).orElse(c)).toList());
    }

    /** Shows a short message under the library, e.g. where a report was saved. */
    public void announce(String message) {
        notice.set(message);
    }

    /** First load of the library; also purges memos deleted long ago (see OrganizeLibrary). */
    public void start() {
        tasks.run(Messages.get("task.search"), progress -> organize.purgeOldDeleted(), purged -> refresh(), this::failed);
    }

    /** Reloads the list for the current search and collection. */
    public void refresh() {
        LibraryFilter filter = new LibraryFilter(searchText.get(), collection.get());
        Long keep = pendingSelection != null ? pendingSelection : selected.get() == null ? null : selected.get().id();
        long mine = ++generation;
        busy.set(true);
        tasks.run(Messages.get("task.search"), progress -> new Listing(browse.list(filter), browse.collections()), found -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            memos.setAll(found.entries());
            collections.setAll(found.collections());
            pendingSelection = null;
            Optional<LibraryEntry> again = found.entries().stream().filter(m -> keep != null && m.id() == keep).findFirst();
            selected.set(again.orElse(null));
        }, this::failed);
    }

    private record Listing(List<LibraryEntry> entries, List<String> collections) {
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

    /** Imports and analyses files with progress; files that cannot be read are listed in one message. */
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
            notice.set(Messages.get("notice.imported", report.created(), report.imported().size()));
            if (!report.imported().isEmpty()) {
                selectAfterRefresh(report.imported().get(report.imported().size() - 1).memo().id());
            }
        }, this::failed);
    }

    /** Replaces title, author, date and source of a memo; its text never changes. */
    public void updateMetadata(long memoId, MemoMetadata metadata) {
        run(Messages.get("task.organise"), () -> organize.updateMetadata(memoId, metadata), Messages.get("notice.saved"));
    }

    public void addSelectionToCollection(String name) {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            run(Messages.get("task.organise"), () -> organize.addToCollection(ids, name),
                    Messages.get("notice.collected", ids.size(), name));
        }
    }

    public void removeSelectionFromCollection(String name) {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) {
            run(Messages.get("task.organise"), () -> organize.removeFromCollection(ids, name),
                    Messages.get("notice.uncollected", ids.size(), name));
        }
    }

    /** Deletes the selected memos; {@link #undoDelete} brings them back. */
    public void deleteSelection() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(Messages.get("task.organise"), progress -> organize.delete(ids), deleted -> {
            lastDeleted = deleted;
            canUndo.set(true);
            notice.set(Messages.get("notice.deleted", deleted.size()));
            selected.set(null);
            refresh();
        }, this::failed);
    }

    public void undoDelete() {
        List<Long> ids = lastDeleted;
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(Messages.get("task.organise"), progress -> {
            organize.restore(ids);
            return ids;
        }, restored -> {
            lastDeleted = List.of();
            canUndo.set(false);
            notice.set(Messages.get("notice.restored", restored.size()));
            pendingSelection = restored.get(0);
            refresh();
        }, this::failed);
    }

    private List<Long> selectedIds() {
        if (!selection.isEmpty()) {
            return selection.stream().map(LibraryEntry::id).toList();
        }
        return selected.get() == null ? List.of() : List.of(selected.get().id());
    }

    private void run(String title, Runnable work, String doneNotice) {
        tasks.run(title, progress -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            notice.set(doneNotice);
            refresh();
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
