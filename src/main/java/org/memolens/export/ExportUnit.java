package org.memolens.export;

import java.util.Locale;

/** What one row of an export stands for. */
public enum ExportUnit {
    /** one row per memo, with memo-level figures */
    MEMOS,
    /** one row per sentence */
    SENTENCES,
    /** one row per frame found in a sentence */
    FRAMES,
    /** one row per device span (euphemism, agentless harm, hedge, booster) */
    DEVICES,
    /** one row per human coding of a span */
    CODINGS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
