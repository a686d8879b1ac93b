package org.memolens.nlp;

import org.memolens.domain.MemoLensException;

/** A shipped model could not be found or read: the installation is broken, not the user's input. */
public class ModelUnavailableException extends MemoLensException {

    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message) {
        super(Fix.INSTALLATION, message, null);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(Fix.INSTALLATION, message, cause);
    }
}
