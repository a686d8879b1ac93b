package org.memolens.domain;

/**
 * The outcome of storing a memo: the stored memo, and whether it was new or the same text was
 * already in the library (in which case nothing was written).
 */
public record ImportedMemo(Memo memo, boolean created) {
}
