package org.memolens.domain;

/**
 * What the library shows.
 *
 * @param text       words that must all occur (as words or word prefixes) in title, author, source
 *                   or text; blank for every memo
 * @param collection only memos in this collection, or null for all
 */
public record LibraryFilter(String text, String collection) {

    public static final LibraryFilter ALL = new LibraryFilter("", null);

    public LibraryFilter {
        text = text == null ? "" : text.strip();
        collection = collection == null || collection.isBlank() ? null : collection.strip();
    }
}
