package org.memolens.domain;

/**
 * Input that MemoLens refuses, with a message written for the person who supplied it: what is
 * wrong and, where possible, what to do. Nothing has been stored when this is thrown.
 */
public class InvalidInputException extends MemoLensException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(Fix.INPUT, message, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(Fix.INPUT, message, cause);
    }
}
