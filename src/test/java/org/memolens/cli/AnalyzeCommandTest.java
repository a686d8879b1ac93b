package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real CLI on the sample memos against a real SQLite file. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MemoLensCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void analyzeStoresTheSampleMemosWithTheirSentencesAndPrintsTheDocumentedJson() throws Exception {
        Path db = dir.resolve("new.db");
        List<String> args = new ArrayList<>(List.of("analyze", "--db", db.toString(), "--format", "json"));
        List<String> samples = samples();
        assertEquals(3, samples.size());
        args.addAll(samples);

        Result result = run(Map.of(), args.toArray(String[]::new));

        assertEquals(0, result.code(), result.err());
        JsonNode memos = new ObjectMapper().readTree(result.out()).get("memos");
        assertEquals(3, memos.size());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (JsonNode memo : memos) {
                String text = storedText(c, memo.get("id").asLong());
                assertEquals(64, memo.get("sha256").asText().length());
                assertEquals("eng", memo.get("language").asText());
                assertTrue(memo.get("title").asText().length() > 3);
                JsonNode sentences = memo.get("sentences");
                assertTrue(sentences.size() >= 15, "a sample memo has many sentences");
                assertEquals(sentences.size(), storedSentences(c, memo.get("id").asLong()));
                for (int i = 0; i < sentences.size(); i++) {
                    JsonNode s = sentences.get(i);
                    assertEquals(i, s.get("index").asInt());
                    assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
                }
            }
        }
    }

    @Test
    void everySentenceHasAToneWithEvidenceAndTheMemoAToneSummary() throws Exception {
        Path memo = Files.writeString(dir.resolve("tone.txt"), "Title: Update\n\nWe had a record quarter and I am "
                + "proud of this team. Unfortunately, the Tulsa depot will close and 85 jobs will be lost. "
                + "The all-hands meeting is on Thursday at 10:00.");
        Result result = run(Map.of(), "analyze", "--db", dir.resolve("tone.db").toString(), "--format", "json",
                memo.toString());
        assertEquals(0, result.code(), result.err());
        JsonNode m = new ObjectMapper().readTree(result.out()).get("memos").get(0);
        String text = Files.readString(memo).substring("Title: Update\n\n".length());
        List<String> labels = new ArrayList<>();
        for (JsonNode s : m.get("sentences")) {
            JsonNode tone = s.get("tone");
            labels.add(tone.get("label").asText());
            double score = tone.get("score").asDouble();
            assertTrue(score >= -1 && score <= 1 && tone.get("confidence").asDouble() <= 1, tone.toString());
            for (JsonNode e : tone.get("evidence")) {
                assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
                assertTrue(e.has("weight"));
            }
        }
        assertEquals(List.of("positive", "negative", "neutral"), labels);
        JsonNode summary = m.get("tone_summary");
        assertEquals(3, summary.get("arc").size());
        assertEquals(1.0, summary.get("shares").get("positive").asDouble() + summary.get("shares").get("neutral").asDouble()
                + summary.get("shares").get("negative").asDouble(), 1e-3);
        assertTrue(m.get("run").get("components").has("tone-model"));

        Result table = run(Map.of(), "analyze", "--db", dir.resolve("tone.db").toString(), memo.toString());
        assertTrue(table.out().lines().findFirst().orElseThrow().contains("TONE"), table.out());
        assertTrue(table.out().matches("(?s).*Update\\s+eng\\s+3\\s+\\d+\\s+[+-]0\\.\\d\\d\\s+.*already analysed.*"), table.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tone.db"))) {
            assertEquals(3, count(c, "SELECT count(*) FROM sentence_tone"), "one run of three sentences: the second analyze had nothing to redo");
        }
    }

    @Test
    void analysingTheSameFileTwiceRedoesNothingUnlessForced() throws Exception {
        Path db = dir.resolve("twice.db");
        Path memo = Files.writeString(dir.resolve("m.txt"), "We will reorganise the team. Thank you all.");
        assertEquals(0, run(Map.of(), "analyze", "--db", db.toString(), memo.toString()).code());
        Result second = run(Map.of(), "--db", db.toString(), "analyze", "--format", "csv", memo.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("memo_id,title,sha256,language,run_id,sentence_index"));
        assertEquals(3, second.out().strip().split("\r?\n").length, second.out());
        assertTrue(second.err().contains("0 analysed, 1 already analysed"), second.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM memo"));
            assertEquals(1, count(c, "SELECT count(*) FROM analysis_run"));
        }
        Result forced = run(Map.of(), "--db", db.toString(), "analyze", "--force", memo.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("already stored"), forced.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM memo"));
            assertEquals(2, count(c, "SELECT count(*) FROM analysis_run"));
        }
    }

    @Test
    void aFolderIsSearchedRecursivelyAndItsBadFilesAreReportedWithoutStoppingTheBatch() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(dir.resolve("corpus/a.txt"), "The first memo of the folder. It has two sentences.");
        Files.write(dir.resolve("corpus/b.txt"), new byte[] {0, 1, 2, 3, 0});
        Files.writeString(corpus.resolve("c.md"), "# Heading\n\nA memo in a sub-folder, in Markdown.");
        Files.writeString(dir.resolve("corpus/notes.csv"), "not,a,memo");
        Path db = dir.resolve("folder.db");
        Result r = run(Map.of(), "analyze", "--db", db.toString(), "--jobs", "2", "--format", "json",
                dir.resolve("corpus").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("b.txt") && r.err().contains("binary"), r.err());
        JsonNode memos = new ObjectMapper().readTree(r.out()).get("memos");
        assertEquals(2, memos.size(), "a.txt and sub/c.md, not notes.csv");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(2, count(c, "SELECT count(*) FROM memo"));
        }
    }

    @Test
    void theEnvironmentVariableChoosesTheDatabase() throws Exception {
        Path db = dir.resolve("env.db");
        Path memo = Files.writeString(dir.resolve("m.txt"), "A short memo about our plans.");
        Result r = run(Map.of("MEMOLENS_DB", db.toString()), "analyze", memo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(db));
        assertTrue(r.out().contains("A short memo") || r.out().contains("m"), r.out());
    }

    @Test
    void badInputGetsAMessageOnStderrExitCodeTwoAndChangesNothingStored() throws Exception {
        Path db = dir.resolve("keep.db");
        Path good = Files.writeString(dir.resolve("good.txt"), "A memo that is already stored.");
        assertEquals(0, run(Map.of(), "analyze", "--db", db.toString(), good.toString()).code());
        byte[] before = dump(db);

        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n ");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0});
        Path emptyFolder = Files.createDirectories(dir.resolve("nothing-here"));
        for (String bad : List.of(empty.toString(), binary.toString(), dir.resolve("missing.txt").toString(),
                emptyFolder.toString())) {
            Result r = run(Map.of(), "analyze", "--db", db.toString(), bad);
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().startsWith("memolens: "), r.err());
            assertArrayEquals(before, dump(db), "nothing stored changes for " + bad);
        }
    }

    @Test
    void anUnwritableDatabasePathGetsExitCodeTwo() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Path memo = Files.writeString(dir.resolve("m.txt"), "Text.");
        Result r = run(Map.of(), "analyze", "--db", notAFolder.resolve("db.sqlite").toString(), memo.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Cannot create the folder"), r.err());
    }

    @Test
    void helpListsTheAnalyzeCommand() {
        Result r = run(Map.of(), "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("analyze"), r.out());
        assertEquals(2, run(Map.of(), "analyze").code(), "a missing FILE is a usage error");
    }

    private static String storedText(Connection c, long id) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT text FROM memo WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int storedSentences(Connection c, long memoId) throws SQLException {
        return count(c, "SELECT count(*) FROM sentence WHERE memo_id = " + memoId);
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Every row of every table, as bytes: equal dumps mean nothing stored changed. */
    private static byte[] dump(Path db) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String table : List.of("memo", "analysis_run", "run_component", "sentence", "sentence_tone",
                    "sentence_tone_evidence")) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
