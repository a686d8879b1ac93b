-- MemoLens schema: workforce impact, frames, devices and pronoun counts per sentence of an analysis
-- run. Every row hangs off its sentence, so deleting a run (or its memo) removes them too. Offsets
-- are half-open UTF-16 offsets into memo.text, like every other span.

CREATE TABLE sentence_impact (
    run_id INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    label  TEXT    NOT NULL CHECK (label IN ('harm', 'benefit', 'none')),
    PRIMARY KEY (run_id, idx),
    FOREIGN KEY (run_id, idx) REFERENCES sentence (run_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;

-- The words that show a sentence's impact, in text order (ord).
CREATE TABLE impact_evidence (
    run_id       INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    ord          INTEGER NOT NULL CHECK (ord >= 0),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    weight       REAL    NOT NULL,
    PRIMARY KEY (run_id, idx, ord),
    FOREIGN KEY (run_id, idx) REFERENCES sentence_impact (run_id, idx) ON DELETE CASCADE,
    CHECK (end_offset >= start_offset)
) WITHOUT ROWID;

-- One row per frame found in a sentence; code refers to the codebook version named in run_component.
CREATE TABLE frame_hit (
    run_id INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    ord    INTEGER NOT NULL CHECK (ord >= 0),
    code   TEXT    NOT NULL CHECK (length(code) > 0),
    score  REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
    source TEXT    NOT NULL CHECK (source IN ('rule', 'model')),
    PRIMARY KEY (run_id, idx, ord),
    FOREIGN KEY (run_id, idx) REFERENCES sentence (run_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX frame_hit_by_code ON frame_hit (code, run_id);

CREATE TABLE frame_evidence (
    run_id       INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    hit_ord      INTEGER NOT NULL,
    ord          INTEGER NOT NULL CHECK (ord >= 0),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    weight       REAL    NOT NULL,
    PRIMARY KEY (run_id, idx, hit_ord, ord),
    FOREIGN KEY (run_id, idx, hit_ord) REFERENCES frame_hit (run_id, idx, ord) ON DELETE CASCADE,
    CHECK (end_offset >= start_offset)
) WITHOUT ROWID;

CREATE TABLE device_hit (
    run_id       INTEGER NOT NULL,
    idx          INTEGER NOT NULL,
    ord          INTEGER NOT NULL CHECK (ord >= 0),
    type         TEXT    NOT NULL CHECK (type IN ('EUPHEMISM', 'AGENTLESS_HARM', 'HEDGE', 'BOOSTER')),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    gloss        TEXT,
    PRIMARY KEY (run_id, idx, ord),
    FOREIGN KEY (run_id, idx) REFERENCES sentence (run_id, idx) ON DELETE CASCADE,
    CHECK (end_offset > start_offset)
) WITHOUT ROWID;
CREATE INDEX device_hit_by_type ON device_hit (type, run_id);

CREATE TABLE sentence_pronouns (
    run_id INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    i      INTEGER NOT NULL CHECK (i >= 0),
    we     INTEGER NOT NULL CHECK (we >= 0),
    you    INTEGER NOT NULL CHECK (you >= 0),
    PRIMARY KEY (run_id, idx),
    FOREIGN KEY (run_id, idx) REFERENCES sentence (run_id, idx) ON DELETE CASCADE
) WITHOUT ROWID;
