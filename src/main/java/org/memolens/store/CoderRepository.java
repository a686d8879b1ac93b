package org.memolens.store;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.Coder;

/** The named coders of the project; at most one is active. Names are unique regardless of case. */
public interface CoderRepository {

    /** Adds a coder; {@code guid} may be null for a name-based one. Refused if the name is taken. */
    Coder add(String name, String guid);

    /** Adds the coder unless one with the same name exists, and returns the stored one. */
    Coder addIfAbsent(String name, String guid);

    Optional<Coder> find(long id);

    /** The coder with this name, compared without regard to case. */
    Optional<Coder> find(String name);

    /** Every coder, in the order they were added. */
    List<Coder> list();

    /** Makes {@code id} the only active coder. */
    void activate(long id);

    Optional<Coder> active();

    void rename(long id, String name);
}
