package org.memolens.ui.memo;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;

/** A memo on show with its analysis and figures; shared by the analysis view and reading mode. */
public record LoadedMemo(Memo memo, MemoAnalysis analysis, MemoMetrics metrics) {

    public static LoadedMemo of(Memo memo, MemoAnalysis analysis) {
        return new LoadedMemo(memo, analysis, MemoMetrics.of(analysis.sentences(), memo.text().length()));
    }

    public boolean hasTone() {
        return metrics.toneSentences() > 0;
    }

    /** Whether impact, frames and devices were analysed (the impact layer marks that). */
    public boolean hasFraming() {
        return analysis.sentences().stream().anyMatch(s -> s.impact() != null);
    }
}
