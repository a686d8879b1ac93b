-- MemoLens schema: the library. Full-text search (FTS5), soft delete with undo, collections, and
-- memo-level figures per analysis run, so the library lists thousands of memos in one query
-- without loading their sentences.

-- A deleted memo is hidden, not removed, until it is purged: "undo" clears this column.
ALTER TABLE memo ADD COLUMN deleted_at TEXT;
-- Covers every column the library lists, so listing never reads memo texts (stored before
-- word_count and created_at in each row, they would otherwise be read page by page).
CREATE INDEX memo_library ON memo (deleted_at, memo_date, id, title, author, source, word_count, created_at);

-- Full-text index over the memo table itself (external content: the text is stored once).
CREATE VIRTUAL TABLE memo_fts USING fts5 (
    title, author, source, text,
    content = 'memo', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER memo_fts_after_insert AFTER INSERT ON memo
BEGIN
    INSERT INTO memo_fts (rowid, title, author, source, text)
    VALUES (new.id, new.title, new.author, new.source, new.text);
END;

CREATE TRIGGER memo_fts_after_delete AFTER DELETE ON memo
BEGIN
    INSERT INTO memo_fts (memo_fts, rowid, title, author, source, text)
    VALUES ('delete', old.id, old.title, old.author, old.source, old.text);
END;

CREATE TRIGGER memo_fts_after_update AFTER UPDATE OF title, author, source ON memo
BEGIN
    INSERT INTO memo_fts (memo_fts, rowid, title, author, source, text)
    VALUES ('delete', old.id, old.title, old.author, old.source, old.text);
    INSERT INTO memo_fts (rowid, title, author, source, text)
    VALUES (new.id, new.title, new.author, new.source, new.text);
END;

-- Memos stored before this version become searchable.
INSERT INTO memo_fts (memo_fts) VALUES ('rebuild');

-- Collections ("Amazon 2025", "RTO memos"): a memo may be in several.
CREATE TABLE collection (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE memo_collection (
    memo_id       INTEGER NOT NULL REFERENCES memo (id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    PRIMARY KEY (memo_id, collection_id)
) WITHOUT ROWID;
CREATE INDEX memo_collection_by_collection ON memo_collection (collection_id, memo_id);

-- Memo-level figures of a run (MemoMetrics), written with the run. Runs stored before this version
-- get theirs when the library is first listed (SqliteLibraryRepository.backfillMetrics).
CREATE TABLE memo_metrics (
    run_id         INTEGER PRIMARY KEY REFERENCES analysis_run (id) ON DELETE CASCADE,
    sentences      INTEGER NOT NULL CHECK (sentences >= 0),
    tone_sentences INTEGER NOT NULL CHECK (tone_sentences >= 0),
    mean_tone      REAL    CHECK (mean_tone IS NULL OR mean_tone BETWEEN -1 AND 1),
    harm_sentences INTEGER NOT NULL CHECK (harm_sentences >= 0),
    gap_sentences  INTEGER NOT NULL CHECK (gap_sentences >= 0),
    gap_index      REAL    CHECK (gap_index IS NULL OR gap_index BETWEEN 0 AND 1),
    top_frames     TEXT    NOT NULL DEFAULT ''
);
