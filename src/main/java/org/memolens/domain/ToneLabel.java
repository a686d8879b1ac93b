package org.memolens.domain;

import java.util.Locale;

/** The tone of a sentence, from the writer's expressed attitude. */
public enum ToneLabel {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** Lower-case name used in files, JSON and the database: "positive", "neutral", "negative". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ToneLabel fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
