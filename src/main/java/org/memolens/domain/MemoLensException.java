package org.memolens.domain;

/**
 * A failure MemoLens can explain to the person using it. The message is written for them: what
 * went wrong and what to do. {@link #cause()} tells who can fix it, so each interface can react
 * (a dialog, a CLI exit code) without knowing which layer failed.
 */
public class MemoLensException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Who can fix the problem. */
    public enum Fix {
        /** the input: a file, pasted text, an option */
        INPUT,
        /** the machine: a database path, permissions, a full disk, a locked file */
        ENVIRONMENT,
        /** the installation: a missing model or resource (a bug or a broken download) */
        INSTALLATION
    }

    private final Fix fix;

    public MemoLensException(Fix fix, String message, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    public Fix fix() {
        return fix;
    }
}
