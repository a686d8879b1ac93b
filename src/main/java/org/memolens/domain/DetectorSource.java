package org.memolens.domain;

import java.util.Locale;

/** Which kind of detector produced a result: a transparent rule or a trained model. */
public enum DetectorSource {
    RULE, MODEL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
