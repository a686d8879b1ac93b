package org.memolens.nlp.framing;

import org.memolens.domain.MemoLensException;

/**
 * A codebook, glossary, model or labelled-data file that cannot be used as it is. The message names
 * the file and where it is broken (line and field), so whoever edits the file can find the spot.
 */
public final class AssetFormatException extends MemoLensException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param fix   INSTALLATION for a shipped file, INPUT for one the user chose
     * @param file  the file's name or path as the user knows it
     * @param line  1-based line, or 0 when unknown
     * @param field the JSON field path ("codes[3].name"), or null
     */
    public AssetFormatException(Fix fix, String file, int line, String field, String problem, Throwable cause) {
        super(fix, describe(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
    }

    private static String describe(String file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(", field ").append(field);
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }
}
