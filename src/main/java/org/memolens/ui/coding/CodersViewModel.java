package org.memolens.ui.coding;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.ManageCoders;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Coder;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * The project's coders and the active one, whose codings new work belongs to: add, rename, switch.
 * The list is shared by the coding panel, the agreement window and model training.
 *
 * <p>Use on the FX thread; the database work runs through the {@link TaskRunner}.
 */
public final class CodersViewModel {

    private final ManageCoders coders;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ObservableList<Coder> list = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: such a view listens to the list weakly, so listeners added to a
     * view made per call would be lost once it is garbage-collected.
     */
    private final ObservableList<Coder> readOnly = FXCollections.unmodifiableObservableList(list);
    private final ReadOnlyObjectWrapper<Coder> active = new ReadOnlyObjectWrapper<>();

    public CodersViewModel(ManageCoders coders, TaskRunner tasks, ErrorReporter errors) {
        this.coders = coders;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** Every coder, in the order they were added. */
    public ObservableList<Coder> coders() {
        return readOnly;
    }

    /** The coder new codings belong to, or null while the project has none. */
    public ReadOnlyObjectProperty<Coder> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<String> name(long coderId) {
        return list.stream().filter(c -> c.id() == coderId).map(Coder::name).findFirst();
    }

    public void reload() {
        tasks.run(Messages.get("task.coders"), progress -> coders.list(), this::show,
                error -> errors.report(Messages.get("error.coders.title"), UserMessages.describe(error)));
    }

    /** Adds a coder (or finds the one with that name) and makes it the active coder. */
    public void addAndActivate(String name) {
        addAndActivate(name, () -> { });
    }

    /** As {@link #addAndActivate(String)}, then runs {@code then} on the FX thread. */
    public void addAndActivate(String name, Runnable then) {
        tasks.run(Messages.get("task.coders"), progress -> {
            coders.activate(name);
            return coders.list();
        }, all -> {
            show(all);
            then.run();
        }, this::failed);
    }

    public void rename(Coder coder, String name) {
        tasks.run(Messages.get("task.coders"), progress -> {
            coders.rename(coder.id(), name);
            return coders.list();
        }, this::show, this::failed);
    }

    public void activate(Coder coder) {
        if (coder == null || active.get() != null && active.get().id() == coder.id()) {
            return;
        }
        tasks.run(Messages.get("task.coders"), progress -> {
            coders.activate(coder.id());
            return coders.list();
        }, this::show, this::failed);
    }

    private void show(List<Coder> all) {
        list.setAll(all);
        Coder now = all.stream().filter(Coder::active).findFirst().orElse(null);
        Coder before = active.get();
        // Only a real change of coder (or of their name) notifies, not every reload.
        if (before == null || now == null || !before.equals(now)) {
            active.set(now);
        }
    }

    /** Reports the failure and shows the coders as stored, so a refused rename does not linger. */
    private void failed(Throwable error) {
        errors.report(Messages.get("error.coders.title"), UserMessages.describe(error));
        reload();
    }
}
