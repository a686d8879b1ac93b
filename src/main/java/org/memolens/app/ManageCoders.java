package org.memolens.app;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.Coder;
import org.memolens.domain.InvalidInputException;
import org.memolens.store.CoderRepository;

/**
 * Use case: the coders of a project and the active one, whose codings new work belongs to. The
 * active coder is stored in the project file, so it survives a restart.
 *
 * <p>Thread-safe; every method does SQL, so a UI calls it off the UI thread.
 */
public final class ManageCoders {

    private final CoderRepository coders;

    public ManageCoders(CoderRepository coders) {
        this.coders = coders;
    }

    public List<Coder> list() {
        return coders.list();
    }

    /** Adds a coder; the first coder of a project becomes the active one. */
    public Coder add(String name) {
        Coder coder = coders.add(name, null);
        if (coders.active().isEmpty()) {
            coders.activate(coder.id());
            return new Coder(coder.id(), coder.name(), coder.guid(), true);
        }
        return coder;
    }

    public void rename(long id, String name) {
        coders.rename(id, name);
    }

    /** Makes the coder with this name the active one, adding it first if it does not exist. */
    public Coder activate(String name) {
        Coder coder = coders.find(name).orElseGet(() -> coders.add(name, null));
        coders.activate(coder.id());
        return new Coder(coder.id(), coder.name(), coder.guid(), true);
    }

    public void activate(long id) {
        coders.activate(id);
    }

    public Optional<Coder> active() {
        return coders.active();
    }

    /** The active coder, or a message telling the user to choose one. */
    public Coder requireActive() {
        return coders.active().orElseThrow(() -> new InvalidInputException(
                "Choose who is coding first: add a coder or make one active."));
    }

    /** The coders with these names, in order; unknown names are refused with the list of known ones. */
    public List<Coder> require(List<String> names) {
        return names.stream().map(n -> coders.find(n).orElseThrow(() -> new InvalidInputException(
                "There is no coder named " + n + ". Coders: " + String.join(", ", list().stream().map(Coder::name).toList())
                        + "."))).toList();
    }
}
