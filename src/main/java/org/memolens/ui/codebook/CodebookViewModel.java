package org.memolens.ui.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.ManageCodebook;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Codebook;
import org.memolens.domain.CodebookVersion;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * The project codebook for every screen (the coding panel's codes and colours come from here) and
 * the codebook editor's commands: add, edit, rename, merge, delete with a choice for the codings,
 * import and export (CSV or REFI-QDA .qdc, by file extension), and the version history.
 *
 * <p>Use on the FX thread; every command runs through the {@link TaskRunner} and reloads the
 * codebook with its coding counts when done.
 */
public final class CodebookViewModel {

    private final ManageCodebook manage;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CodeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CodebookVersion> history = FXCollections.observableArrayList();
    private final ObservableList<CodeRow> versionCodes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public CodebookViewModel(ManageCodebook manage, TaskRunner tasks, ErrorReporter errors) {
        this.manage = manage;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** The current codebook, null until first loaded; replaced after every change. */
    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    /** The current codes in tree order with their coding counts. */
    public ObservableList<CodeRow> rows() {
        return rows;
    }

    /** Every version, newest first. */
    public ObservableList<CodebookVersion> history() {
        return history;
    }

    /** The codes as they were at the version chosen in the history. */
    public ObservableList<CodeRow> versionCodes() {
        return versionCodes;
    }

    /** What the last command did, e.g. "Merged … : 3 codings moved, 1 combined." */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private record Loaded(Codebook codebook, Map<String, Integer> counts, List<CodebookVersion> history) {
    }

    public void reload() {
        tasks.run(Messages.get("task.codebook"), progress -> load(), this::show,
                error -> errors.report(Messages.get("error.codebook.title"), UserMessages.describe(error)));
    }

    /** Adds a code under {@code parent} (null: at the top); {@code then} gets the new code. */
    public void add(String name, String parent, Consumer<Code> then) {
        change(() -> manage.add(null, name, "", "", parent), added -> {
            then.accept(added);
            return Messages.get("codebook.added", added.name(), added.code());
        });
    }

    /** Saves a code's name, definition, colour, parent and examples (its identifier stays). */
    public void save(Code edited) {
        change(() -> manage.edit(edited), saved -> Messages.get("codebook.saved", saved.name()));
    }

    public void rename(String code, String name) {
        change(() -> manage.rename(code, name), renamed -> Messages.get("codebook.renamed", code, renamed.name()));
    }

    /** Moves every coding of {@code source} to {@code target} and deletes {@code source}; says what happened. */
    public void merge(String source, String target) {
        change(() -> manage.merge(source, target),
                r -> Messages.get("codebook.merged", source, target, r.moved(), r.combined()));
    }

    /** Counts the codings of a code (for the delete dialog) and hands the count back on the FX thread. */
    public void countCodings(String code, IntConsumer then) {
        tasks.run(Messages.get("task.codebook"), progress -> manage.codingCount(code), then::accept, this::failed);
    }

    public void delete(String code, CodeDeletion deletion) {
        change(() -> manage.delete(code, deletion), r -> switch (deletion.mode()) {
            case REFUSE_IF_CODED -> Messages.get("codebook.deleted", code);
            case DELETE_CODINGS -> Messages.get("codebook.deleted.codings", code, r.deleted());
            case MOVE_CODINGS -> Messages.get("codebook.deleted.moved", code, r.moved(), deletion.target(), r.combined());
        });
    }

    /** Imports a codebook file: {@code .qdc} as REFI-QDA, anything else as CSV. */
    public void importFile(Path file) {
        change(() -> qdc(file) ? manage.importQdc(file) : manage.importCsv(file),
                c -> Messages.get("codebook.imported", file.getFileName(), c.added(), c.updated()));
    }

    /** Exports the codebook: {@code .qdc} as REFI-QDA, anything else as CSV. */
    public void exportFile(Path file) {
        tasks.run(Messages.get("task.codebook.export"), progress -> {
            if (qdc(file)) {
                manage.exportQdc(file);
            } else {
                manage.exportCsv(file);
            }
            return file;
        }, written -> status.set(Messages.get("codebook.exported", written)), this::failed);
    }

    /** Shows the codes as they were at a version of the history. */
    public void showVersion(int version) {
        tasks.run(Messages.get("task.codebook"), progress -> manage.atVersion(version),
                book -> versionCodes.setAll(CodeRow.of(book, Map.of())), this::failed);
    }

    /** Slow work of a command; runs on a worker thread. */
    @FunctionalInterface
    private interface Work<T> {
        T run();
    }

    private record Done<T>(T result, Loaded loaded) {
    }

    /** Runs a change, reloads the codebook in the same job, then shows both and says what happened. */
    private <T> void change(Work<T> work, Function<T, String> done) {
        tasks.run(Messages.get("task.codebook"), progress -> {
            T result = work.run();
            return new Done<>(result, load());
        }, d -> {
            show(d.loaded());
            status.set(done.apply(d.result()));
        }, this::failed);
    }

    private Loaded load() {
        Codebook current = manage.current();
        Map<String, Integer> counts = new LinkedHashMap<>();
        current.codes().forEach(c -> counts.put(c.code(), manage.codingCount(c.code())));
        List<CodebookVersion> versions = new ArrayList<>(manage.history());
        versions.sort((a, b) -> Integer.compare(b.version(), a.version()));
        return new Loaded(current, counts, versions);
    }

    private void show(Loaded loaded) {
        rows.setAll(CodeRow.of(loaded.codebook(), loaded.counts()));
        history.setAll(loaded.history());
        codebook.set(loaded.codebook());
    }

    private void failed(Throwable error) {
        status.set("");
        errors.report(Messages.get("error.codebook.title"), UserMessages.describe(error));
        reload();
    }

    private static boolean qdc(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
    }
}
