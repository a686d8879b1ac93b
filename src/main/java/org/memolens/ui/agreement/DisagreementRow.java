package org.memolens.ui.agreement;

import java.util.List;

import org.memolens.domain.TextSpan;

/**
 * A sentence on which raters differ: the memo, the sentence number (from 1), its text and each
 * rater's codes, in the order of the raters (empty when the rater gave none, "—" when the rater
 * did not code the memo).
 */
public record DisagreementRow(long memoId, String memo, int sentence, TextSpan span, String text, List<String> codes) {

    public DisagreementRow {
        codes = List.copyOf(codes);
    }
}
