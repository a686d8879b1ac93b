package org.memolens.store;

import java.util.List;
import java.util.Optional;

import org.memolens.domain.UserModel;

/** The registry of user-trained frame models: names, files, hashes and cross-validated scores. */
public interface UserModelRepository {

    /** Registers a model (its id is ignored); refused if the name is taken. */
    UserModel register(UserModel model);

    /** Registered models, oldest first. */
    List<UserModel> list();

    /** The model with this name, compared without regard to case. */
    Optional<UserModel> find(String name);
}
