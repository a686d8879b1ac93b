-- MemoLens schema version 1: memos, analysis runs and sentences.
-- Later layers (tone, frames, devices, codings) arrive as new tables keyed by analysis_run or memo,
-- so a file of this version keeps working after every upgrade.

CREATE TABLE memo (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    author      TEXT,
    memo_date   TEXT    CHECK (memo_date IS NULL OR memo_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source      TEXT,
    text        TEXT    NOT NULL CHECK (length(text) > 0),
    sha256      TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    word_count  INTEGER NOT NULL CHECK (word_count >= 0),
    created_at  TEXT    NOT NULL
);

-- Every stored span points into memo.text, so the text and its hash never change.
CREATE TRIGGER memo_text_is_immutable
BEFORE UPDATE OF text, sha256 ON memo
BEGIN
    SELECT RAISE(ABORT, 'memo text is immutable; store an edited memo as a new memo');
END;

CREATE TABLE analysis_run (
    id                  INTEGER PRIMARY KEY,
    memo_id             INTEGER NOT NULL REFERENCES memo (id) ON DELETE CASCADE,
    created_at          TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    language_confidence REAL    NOT NULL,
    analysable          INTEGER NOT NULL CHECK (analysable IN (0, 1)),
    UNIQUE (id, memo_id)
);
CREATE INDEX analysis_run_by_memo ON analysis_run (memo_id, id);

-- Which model or resource version produced a run, one row per component.
CREATE TABLE run_component (
    run_id    INTEGER NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    component TEXT    NOT NULL,
    version   TEXT    NOT NULL,
    PRIMARY KEY (run_id, component)
) WITHOUT ROWID;

CREATE TABLE sentence (
    run_id       INTEGER NOT NULL,
    memo_id      INTEGER NOT NULL,
    idx          INTEGER NOT NULL CHECK (idx >= 0),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    token_count  INTEGER NOT NULL CHECK (token_count >= 0),
    PRIMARY KEY (run_id, idx),
    -- The memo of a sentence is the memo of its run, enforced rather than trusted.
    FOREIGN KEY (run_id, memo_id) REFERENCES analysis_run (id, memo_id) ON DELETE CASCADE,
    CHECK (end_offset > start_offset)
) WITHOUT ROWID;
CREATE INDEX sentence_by_memo ON sentence (memo_id);
