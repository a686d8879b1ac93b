package org.memolens.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A frame model a researcher trained from the project's codings, registered in the database. Its
 * file lives in the data folder next to the database (never among the shipped models).
 *
 * @param id              database id
 * @param name            unique name chosen by the researcher
 * @param file            absolute path of the model file
 * @param sha256          hex SHA-256 of the file when it was registered
 * @param createdAt       when it was trained
 * @param coders          the coders whose codings trained it
 * @param codebookVersion the project codebook version at training time
 * @param sentences       number of training sentences
 * @param folds           k of the k-fold cross-validation that produced {@code scores}
 * @param seed            the seed of the fold assignment
 * @param scores          cross-validated scores per trained code
 */
public record UserModel(long id, String name, Path file, String sha256, Instant createdAt, List<String> coders,
        int codebookVersion, int sentences, int folds, long seed, List<CodeScore> scores) {

    public UserModel {
        coders = List.copyOf(coders);
        scores = List.copyOf(scores);
    }

    public ModelChoice choice() {
        return new ModelChoice(name, file, sha256);
    }

    public UserModel withId(long newId) {
        return new UserModel(newId, name, file, sha256, createdAt, coders, codebookVersion, sentences, folds, seed, scores);
    }
}
