package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsFolderOnFirstUseWithWalForeignKeysAndTheLatestSchema() throws SQLException {
        Path file = dir.resolve("new/folder/memolens.db");
        try (Database db = Database.open(file)) {
            assertTrue(Files.exists(file));
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MS), pragma(db, "busy_timeout"));
        }
    }

    @Test
    void reopeningAnExistingFileKeepsItsMemos() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file)) {
            new SqliteMemoRepository(db, Clock.systemUTC()).add(new NewMemo(MemoMetadata.titled("One"), "Text one."));
        }
        try (Database db = Database.open(file)) {
            assertEquals(1, new SqliteMemoRepository(db, Clock.systemUTC()).count());
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
        }
    }

    @Test
    void aLaterMigrationUpgradesAVersionOneFileWithoutLosingData() throws SQLException {
        Path file = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, "v1", List.of("V001__initial.sql"));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO memo (title, text, sha256, word_count, created_at) "
                        + "VALUES ('Old memo', 'Kept text.', '" + "a".repeat(64) + "', 2, '2025-01-01T00:00:00Z')");
            }
            assertEquals(1, Migrations.userVersion(c));

            Migrations.migrate(c, "v1", List.of("V001__initial.sql", "V900__test_probe.sql"));

            assertEquals(2, Migrations.userVersion(c));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT m.text, p.note FROM memo m JOIN probe p ON p.memo_id = m.id")) {
                assertTrue(rs.next());
                assertEquals("Kept text.", rs.getString(1));
                assertEquals("migrated: Old memo", rs.getString(2));
            }
        }
    }

    @Test
    void openingAVersionOneFileUpgradesItToTheLatestSchemaKeepingItsMemos() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            Migrations.migrate(c, "v1", List.of("V001__initial.sql"));
            st.execute("INSERT INTO memo (title, text, sha256, word_count, created_at) "
                    + "VALUES ('Old memo', 'Kept text.', '" + "b".repeat(64) + "', 2, '2025-01-01T00:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            SqliteMemoRepository memos = new SqliteMemoRepository(db, Clock.systemUTC());
            assertEquals("Kept text.", memos.find(1).orElseThrow().text());
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtItsPreviousVersion() throws SQLException {
        Path file = dir.resolve("fail.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, "f", List.of("V001__initial.sql"));
            assertThrows(StoreException.class,
                    () -> Migrations.migrate(c, "f", List.of("V001__initial.sql", "V999__does_not_exist.sql")));
            assertEquals(1, Migrations.userVersion(c));
        }
    }

    @Test
    void aFileFromANewerMemoLensIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer MemoLens"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "These are my notes, not a database. ".repeat(200));
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a MemoLens database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFolderOrAnUncreatablePathGetsAClearMessage() throws IOException {
        StoreException folder = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        Path regularFile = Files.writeString(dir.resolve("plain.txt"), "x");
        StoreException below = assertThrows(StoreException.class, () -> Database.open(regularFile.resolve("sub/m.db")));
        assertTrue(below.getMessage().contains("Cannot create the folder"), below.getMessage());
        assertFalse(Files.exists(regularFile.resolve("sub")));
    }

    @Test
    void theEnvironmentVariableOverridesTheDefaultLocation() {
        assertEquals(Path.of("/tmp/x.db"), Database.defaultFile(Map.of("MEMOLENS_DB", "/tmp/x.db"), "/home/u"));
        assertEquals(Path.of("/home/u/.memolens/memolens.db"), Database.defaultFile(Map.of(), "/home/u"));
    }

    @Test
    void migrationScriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> statements = Migrations.statements("""
                -- comment
                CREATE TABLE a (x INTEGER);
                CREATE TRIGGER t BEFORE UPDATE ON a
                BEGIN
                    SELECT RAISE(ABORT, 'no');
                END;
                INSERT INTO a VALUES (1);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER") && statements.get(1).endsWith("END;"));
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
