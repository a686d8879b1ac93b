package org.memolens.ui;

import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.memolens.app.CodingSession;
import org.memolens.app.TaskRunner;
import org.memolens.ui.library.LibraryViewModel;

/**
 * Edit > Undo and Redo: one pair of commands over the two things that can be undone, the last
 * deletion of memos and every coding action. Undo reverts whichever of the two happened last; the
 * labels say what ("Undo code “…” as EFFICIENCY", from the coding session's own descriptions).
 *
 * <p>The coding session tells its listeners on the worker thread that changed it; the labels are
 * read there and handed to the FX thread. Use the properties and commands on the FX thread.
 */
public final class UndoHistory {

    private final CodingSession session;
    private final LibraryViewModel library;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final ErrorReporter errors;

    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(Messages.get("menu.edit.undo.none"));
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(Messages.get("menu.edit.redo.none"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private Optional<String> nextUndo = Optional.empty();
    private Optional<String> nextRedo = Optional.empty();
    /** Whether the memo deletion is more recent than the last coding action. */
    private boolean deletionLast;

    public UndoHistory(CodingSession session, LibraryViewModel library, TaskRunner tasks, Executor fxThread,
            ErrorReporter errors) {
        this.session = session;
        this.library = library;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.errors = errors;
        session.addListener(this::sessionChanged);
        library.canUndoProperty().addListener((obs, o, n) -> {
            deletionLast = n;
            update();
        });
        sessionChanged();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What the last undo or redo did, e.g. "Undone: code “…” as EFFICIENCY". */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** A coding action was performed: it is now what Undo reverts first. */
    public void codingPerformed() {
        deletionLast = false;
        update();
    }

    public void undo() {
        if (undoesDeletion()) {
            deletionLast = false;
            library.undoDelete();
        } else if (nextUndo.isPresent()) {
            tasks.run(Messages.get("task.undo"), progress -> session.undo(),
                    what -> what.ifPresent(w -> done.set(Messages.get("undo.done", w))), this::failed);
        }
    }

    public void redo() {
        if (nextRedo.isPresent()) {
            tasks.run(Messages.get("task.redo"), progress -> session.redo(),
                    what -> what.ifPresent(w -> done.set(Messages.get("redo.done", w))), this::failed);
        }
    }

    private boolean undoesDeletion() {
        return library.canUndoProperty().get() && (deletionLast || nextUndo.isEmpty());
    }

    /** Runs on the thread that changed the session: reads the labels there, shows them on the FX thread. */
    private void sessionChanged() {
        Optional<String> u = session.nextUndo();
        Optional<String> r = session.nextRedo();
        fxThread.execute(() -> {
            nextUndo = u;
            nextRedo = r;
            update();
        });
    }

    private void update() {
        if (undoesDeletion()) {
            undoLabel.set(Messages.get("menu.edit.undo.delete"));
            canUndo.set(true);
        } else {
            undoLabel.set(nextUndo.map(w -> Messages.get("menu.edit.undo.action", w)).orElse(Messages.get("menu.edit.undo.none")));
            canUndo.set(nextUndo.isPresent());
        }
        redoLabel.set(nextRedo.map(w -> Messages.get("menu.edit.redo.action", w)).orElse(Messages.get("menu.edit.redo.none")));
        canRedo.set(nextRedo.isPresent());
    }

    private void failed(Throwable error) {
        errors.report(Messages.get("error.undo.title"), UserMessages.describe(error));
    }
}
