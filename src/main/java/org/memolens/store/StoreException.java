package org.memolens.store;

import org.memolens.domain.MemoLensException;

/**
 * The database could not be opened, read or written. The message says which file and what to do;
 * a failed write has been rolled back, so nothing already stored is lost.
 */
public class StoreException extends MemoLensException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(Fix.ENVIRONMENT, message, null);
    }

    public StoreException(String message, Throwable cause) {
        super(Fix.ENVIRONMENT, message, cause);
    }
}
