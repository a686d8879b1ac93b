package org.memolens.app;

import java.util.Optional;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;

/** A memo with its newest analysis, if it has been analysed. */
public record MemoDetails(Memo memo, Optional<MemoAnalysis> analysis) {
}
