-- MemoLens schema version 2: the tone of each sentence of an analysis run, and its evidence.
-- Scores are stored as SQLite REAL (IEEE double), so a reloaded tone equals the one computed.

CREATE TABLE sentence_tone (
    run_id     INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    label      TEXT    NOT NULL CHECK (label IN ('positive', 'neutral', 'negative')),
    score      REAL    NOT NULL CHECK (score BETWEEN -1 AND 1),
    confidence REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (run_id, idx),
    FOREIGN KEY (run_id, idx) REFERENCES sentence (run_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

-- The words and phrases that pushed a sentence's tone, in order; offsets are into memo.text.
CREATE TABLE sentence_tone_evidence (
    run_id       INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    position     INTEGER NOT NULL CHECK (position >= 0),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    weight       REAL    NOT NULL CHECK (weight BETWEEN -1 AND 1),
    PRIMARY KEY (run_id, idx, position),
    FOREIGN KEY (run_id, idx) REFERENCES sentence_tone (run_id, idx) ON DELETE CASCADE,
    CHECK (end_offset >= start_offset)
) WITHOUT ROWID;
