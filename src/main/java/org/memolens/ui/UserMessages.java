package org.memolens.ui;

import org.memolens.domain.MemoLensException;

/** Turns a failure into words for a dialog: our own messages as they are, anything else as a bug. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof MemoLensException known) {
                return known.getMessage();
            }
        }
        return Messages.get("error.unexpected", String.valueOf(error));
    }
}
