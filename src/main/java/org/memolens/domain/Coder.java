package org.memolens.domain;

/**
 * A named person who codes memos in this project (a REFI-QDA "User").
 *
 * @param id     database id
 * @param name   unique within the project, compared without regard to case
 * @param guid   stable identifier used in REFI-QDA exchange files
 * @param active whether this is the project's active coder, the one new codings belong to
 */
public record Coder(long id, String name, String guid, boolean active) {

    public Coder {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A coder needs a name.");
        }
        name = name.strip();
    }
}
