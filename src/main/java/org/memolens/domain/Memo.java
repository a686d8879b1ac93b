package org.memolens.domain;

import java.time.Instant;

/**
 * A stored memo. The text is canonical (see {@link MemoText}) and immutable: every span stored
 * anywhere in MemoLens points into it.
 *
 * @param id        database id
 * @param wordCount words in the text, counted by {@link MemoText#wordCount}
 * @param createdAt when it was first imported
 */
public record Memo(long id, MemoMetadata metadata, String text, String sha256, int wordCount, Instant createdAt) {

    public String title() {
        return metadata.title();
    }

    public MemoSummary summary() {
        return new MemoSummary(id, metadata, wordCount, createdAt);
    }
}
