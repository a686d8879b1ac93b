package org.memolens.research;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;

/** One memo of a comparison with its newest analysis and the memo-level figures derived from it. */
public record ComparedMemo(Memo memo, MemoAnalysis analysis, MemoMetrics metrics) {

    public static ComparedMemo of(Memo memo, MemoAnalysis analysis) {
        return new ComparedMemo(memo, analysis, MemoMetrics.of(analysis.sentences(), memo.text().length()));
    }

    /** Whether a tone layer produced results for this memo. */
    public boolean hasTone() {
        return metrics.toneSentences() > 0;
    }

    /** Whether the impact, frames and devices layers produced results for this memo. */
    public boolean hasFraming() {
        return analysis.sentences().stream().anyMatch(s -> s.impact() != null);
    }
}
