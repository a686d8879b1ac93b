package org.memolens.domain;

import java.time.Instant;

/** A memo without its text: what the library lists, cheap to load by the thousand. */
public record MemoSummary(long id, MemoMetadata metadata, int wordCount, Instant createdAt) {

    public String title() {
        return metadata.title();
    }
}
