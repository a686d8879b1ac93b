package org.memolens.domain;

import java.time.LocalDate;

/**
 * What a person can say about a memo besides its text. Unlike the text, metadata may be edited
 * later. Blank optional fields are normalised to {@code null}.
 *
 * @param title  required, shown in the library
 * @param author who signed or sent the memo, or null
 * @param date   the date on the memo (not the import date), or null
 * @param source where it came from (file name, URL, "pasted"), or null
 */
public record MemoMetadata(String title, String author, LocalDate date, String source) {

    public MemoMetadata {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("A memo needs a title.");
        }
        title = title.strip();
        author = blankToNull(author);
        source = blankToNull(source);
    }

    public static MemoMetadata titled(String title) {
        return new MemoMetadata(title, null, null, null);
    }

    public MemoMetadata withTitle(String newTitle) {
        return new MemoMetadata(newTitle, author, date, source);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
