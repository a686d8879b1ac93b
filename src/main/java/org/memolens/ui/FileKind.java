package org.memolens.ui;

import java.util.List;

/**
 * The research files MemoLens reads and writes through {@link FileDialogs}, each with its
 * extensions (the first is the default when a person types a name without one).
 */
public enum FileKind {
    /** A REFI-QDA project, for QualCoder, NVivo, ATLAS.ti and MAXQDA. */
    PROJECT("qdpx"),
    /** A codebook: CSV or a REFI-QDA codebook (.qdc). */
    CODEBOOK("csv", "qdc"),
    /** Codings as CSV, one row per coded span. */
    CODINGS("csv");

    private final List<String> extensions;

    FileKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }
}
