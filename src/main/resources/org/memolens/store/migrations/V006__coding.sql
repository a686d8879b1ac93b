-- MemoLens research workflow: the project's own codebook (versioned), coders, codings, rejected
-- machine suggestions, and user-trained frame models. Nothing here refers to analysis tables, so
-- it applies on top of any earlier version.

-- The project codebook: one per database file, seeded from the shipped frame codebook.
CREATE TABLE codebook (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT    NOT NULL,
    -- 0 only inside the transaction that creates it; every change adds one
    version     INTEGER NOT NULL CHECK (version >= 0),
    seeded_from TEXT,
    created_at  TEXT    NOT NULL
);

CREATE TABLE code (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 64),
    guid       TEXT    NOT NULL UNIQUE CHECK (length(guid) = 36),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    definition TEXT    NOT NULL DEFAULT '',
    colour     TEXT    NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    parent_id  INTEGER REFERENCES code (id) ON DELETE RESTRICT,
    -- example sentences, one per line
    examples   TEXT    NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX code_by_parent ON code (parent_id);

-- Every change to the codebook is a new version; the codes as they were are kept per version.
CREATE TABLE codebook_version (
    version    INTEGER PRIMARY KEY CHECK (version >= 1),
    created_at TEXT    NOT NULL,
    change     TEXT    NOT NULL
);

CREATE TABLE code_snapshot (
    version     INTEGER NOT NULL REFERENCES codebook_version (version) ON DELETE CASCADE,
    code        TEXT    NOT NULL,
    guid        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    definition  TEXT    NOT NULL,
    colour      TEXT    NOT NULL,
    parent_code TEXT,
    examples    TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (version, code)
) WITHOUT ROWID;

CREATE TABLE coder (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    guid       TEXT    NOT NULL UNIQUE CHECK (length(guid) = 36),
    active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at TEXT    NOT NULL
);
-- At most one active coder.
CREATE UNIQUE INDEX coder_one_active ON coder (active) WHERE active = 1;

-- A coding: coder K applied code C to [start, end) of a memo. A code or coder with codings cannot
-- be deleted (RESTRICT): the application moves or deletes the codings first, explicitly.
CREATE TABLE coding (
    id           INTEGER PRIMARY KEY,
    memo_id      INTEGER NOT NULL REFERENCES memo (id) ON DELETE CASCADE,
    code_id      INTEGER NOT NULL REFERENCES code (id) ON DELETE RESTRICT,
    coder_id     INTEGER NOT NULL REFERENCES coder (id) ON DELETE RESTRICT,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL,
    quote        TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK (end_offset > start_offset),
    UNIQUE (coder_id, code_id, memo_id, start_offset, end_offset)
);
CREATE INDEX coding_by_memo ON coding (memo_id, start_offset);
CREATE INDEX coding_by_code ON coding (code_id);

-- Machine suggestions a coder rejected, so that they are not offered again.
CREATE TABLE suggestion_rejection (
    coder_id     INTEGER NOT NULL REFERENCES coder (id) ON DELETE CASCADE,
    code_id      INTEGER NOT NULL REFERENCES code (id) ON DELETE CASCADE,
    memo_id      INTEGER NOT NULL REFERENCES memo (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    rejected_at  TEXT    NOT NULL,
    PRIMARY KEY (coder_id, code_id, memo_id, start_offset, end_offset)
) WITHOUT ROWID;

-- Frame models trained from codings; files live in <database folder>/models/.
CREATE TABLE user_model (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    file             TEXT    NOT NULL UNIQUE,
    sha256           TEXT    NOT NULL CHECK (length(sha256) = 64),
    created_at       TEXT    NOT NULL,
    coders           TEXT    NOT NULL,
    codebook_version INTEGER NOT NULL,
    sentences        INTEGER NOT NULL CHECK (sentences >= 0),
    folds            INTEGER NOT NULL CHECK (folds >= 2),
    seed             INTEGER NOT NULL
);

CREATE TABLE user_model_score (
    model_id  INTEGER NOT NULL REFERENCES user_model (id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    support   INTEGER NOT NULL,
    precision REAL,
    recall    REAL,
    f1        REAL,
    PRIMARY KEY (model_id, code)
) WITHOUT ROWID;
