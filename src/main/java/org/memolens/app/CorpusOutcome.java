package org.memolens.app;

import java.nio.file.Path;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;

/**
 * What a batch did with one memo file: the stored memo and the analysis that now stands for it.
 * The analysis carries sentences without tokens (tokens are never stored; see SentenceAnalysis).
 *
 * @param file   the file it was read from
 * @param status whether the memo and its analysis are new
 */
public record CorpusOutcome(Path file, Memo memo, MemoAnalysis analysis, Status status) {

    /** How a memo file was handled. */
    public enum Status {
        /** a memo not stored before, now stored and analysed */
        NEW,
        /** the text was already stored; it was analysed again (a new run) */
        REANALYSED,
        /** the text was already analysed with the same component versions: nothing was redone */
        ALREADY_ANALYSED
    }
}
