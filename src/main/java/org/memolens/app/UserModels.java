package org.memolens.app;

import java.nio.file.Files;
import java.util.List;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.ModelChoice;
import org.memolens.domain.UserModel;
import org.memolens.store.UserModelRepository;

/**
 * Use case: the frame models a user may choose for analysis: "shipped", or a registered user
 * model with its cross-validated scores. Thread-safe; reads the database.
 */
public final class UserModels {

    private final UserModelRepository registry;

    public UserModels(UserModelRepository registry) {
        this.registry = registry;
    }

    /** Registered user models, oldest first (the shipped model is always available besides). */
    public List<UserModel> list() {
        return registry.list();
    }

    /** The choice for a model name: "shipped" or a registered model whose file is present. */
    public ModelChoice choice(String name) {
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("shipped")) {
            return ModelChoice.SHIPPED;
        }
        UserModel model = registry.find(name.strip()).orElseThrow(() -> new InvalidInputException("There is no frame model "
                + "named " + name.strip() + ". Models: shipped" + list().stream().map(m -> ", " + m.name())
                .reduce("", String::concat) + "."));
        if (!Files.isRegularFile(model.file())) {
            throw new InvalidInputException("The file of model " + model.name() + " is missing (" + model.file() + ").");
        }
        return model.choice();
    }
}
