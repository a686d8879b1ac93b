-- Test-only migration: proves that a later migration upgrades a version-1 file in place.
CREATE TABLE probe (
    memo_id INTEGER NOT NULL REFERENCES memo (id) ON DELETE CASCADE,
    note    TEXT    NOT NULL
);
INSERT INTO probe (memo_id, note) SELECT id, 'migrated: ' || title FROM memo;
