package org.memolens.ingest;

import java.time.LocalDate;

/**
 * What a {@link DocumentReader} found in a file: the text, and the metadata the file format itself
 * carries (a document title, an e-mail's subject and sender), each null when the format has none.
 * Header lines at the top of the text (see {@code MemoHeader}) are applied later and win.
 */
public record ExtractedText(String text, String title, String author, LocalDate date) {

    public static ExtractedText of(String text) {
        return new ExtractedText(text, null, null, null);
    }
}
