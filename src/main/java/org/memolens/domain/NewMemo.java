package org.memolens.domain;

/**
 * A memo about to be stored: metadata plus canonical text (see {@link MemoText}). Constructing
 * one validates the text, so an invalid memo never reaches storage.
 */
public record NewMemo(MemoMetadata metadata, String text) {

    public NewMemo {
        if (metadata == null) {
            throw new InvalidInputException("A memo needs metadata (at least a title).");
        }
        text = MemoText.canonical(text);
    }

    public String sha256() {
        return MemoText.sha256(text);
    }
}
