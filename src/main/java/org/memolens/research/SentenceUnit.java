package org.memolens.research;

import org.memolens.domain.TextSpan;

/** One sentence as a unit of agreement: which memo, which sentence, where, and its text. */
public record SentenceUnit(long memoId, String memoTitle, int index, TextSpan span, String text) {
}
