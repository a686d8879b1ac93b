package org.memolens.domain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which frame model analyses a memo: the shipped one, or a user model trained from the project's
 * own codings. Every analysis run records the choice in its components under {@link #COMPONENT}.
 *
 * @param name   "shipped", or the user model's registered name
 * @param file   the user model file, or null for the shipped model
 * @param sha256 hex SHA-256 of the user model file as registered, or null for the shipped model
 */
public record ModelChoice(String name, Path file, String sha256) {

    /** The analysis run component under which the choice is recorded. */
    public static final String COMPONENT = "frame-model";

    public static final ModelChoice SHIPPED = new ModelChoice("shipped", null, null);

    public ModelChoice {
        Objects.requireNonNull(name, "name");
        if (!"shipped".equals(name) && (file == null || sha256 == null)) {
            throw new IllegalArgumentException("a user model choice needs its file and SHA-256");
        }
    }

    public boolean shipped() {
        return file == null;
    }

    /** The value recorded in an analysis run, e.g. "shipped" or "user:cuts-study sha256:1f2e3d4c5b6a". */
    public String component() {
        return shipped() ? "shipped" : "user:" + name + " sha256:" + sha256.substring(0, 12);
    }
}
