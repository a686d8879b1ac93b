package org.memolens.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Undo and redo for the actions of one working session. Performing an action clears what could be
 * redone. If applying or reverting fails (a conflicting edit in the meantime), the stacks are left
 * as they were and the error reaches the caller.
 *
 * <p>Thread-safe. Listeners run on the thread that changed the stack, after the change; a UI must
 * move to its own thread before touching controls.
 */
public final class UndoStack {

    /** Something that can be done, undone and done again. */
    public interface Action {
        /** Shown as "Undo ..." / "Redo ...". */
        String description();

        void apply();

        void revert();
    }

    static final int LIMIT = 500;

    private final Deque<Action> undo = new ArrayDeque<>();
    private final Deque<Action> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Applies the action and makes it the next one to undo. */
    public void perform(Action action) {
        synchronized (this) {
            action.apply();
            undo.push(action);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
        }
        changed();
    }

    /** Reverts the last action; returns its description, or empty if there was nothing to undo. */
    public Optional<String> undo() {
        Action action;
        synchronized (this) {
            action = undo.peek();
            if (action == null) {
                return Optional.empty();
            }
            action.revert();
            undo.pop();
            redo.push(action);
        }
        changed();
        return Optional.of(action.description());
    }

    /** Applies the last undone action again; returns its description, or empty if there was nothing to redo. */
    public Optional<String> redo() {
        Action action;
        synchronized (this) {
            action = redo.peek();
            if (action == null) {
                return Optional.empty();
            }
            action.apply();
            redo.pop();
            undo.push(action);
        }
        changed();
        return Optional.of(action.description());
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would revert, for a menu label. */
    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Action::description);
    }

    /** What redo would apply again, for a menu label. */
    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Action::description);
    }

    /** Forgets every action, e.g. when the project file changes. */
    public void clear() {
        synchronized (this) {
            undo.clear();
            redo.clear();
        }
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
