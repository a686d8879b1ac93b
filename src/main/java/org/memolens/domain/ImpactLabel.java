package org.memolens.domain;

import java.util.Locale;

/** What a sentence announces or implies for employees. */
public enum ImpactLabel {
    HARM, BENEFIT, NONE;

    /** Lower-case name used in files, JSON and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImpactLabel fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
