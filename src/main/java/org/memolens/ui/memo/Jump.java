package org.memolens.ui.memo;

import java.util.function.Predicate;

import org.memolens.domain.ToneLabel;

/** The kinds of sentence a reader can jump between with a key. */
public enum Jump {
    NEGATIVE(s -> s.tone() == ToneLabel.NEGATIVE),
    HARM(SentenceRow::harm),
    GAP(SentenceRow::gap);

    private final Predicate<SentenceRow> test;

    Jump(Predicate<SentenceRow> test) {
        this.test = test;
    }

    boolean matches(SentenceRow row) {
        return test.test(row);
    }
}
