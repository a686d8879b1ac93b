package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.cli.AnalyzeCommandTest.Result;

/** The real export command on a real database filled by the real analyze command. */
class ExportCommandTest {

    /** Sentences of the newest run of each memo: what an export must hold. */
    private static final String LATEST_SENTENCES = "SELECT count(*) FROM sentence s WHERE s.run_id = "
            + "(SELECT max(r.id) FROM analysis_run r WHERE r.memo_id = s.memo_id)";

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void analyseSamplesTwice() throws Exception {
        db = dir.resolve("export.db");
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--db", db.toString()));
        args.addAll(AnalyzeCommandTest.samples());
        assertEquals(0, AnalyzeCommandTest.run(Map.of(), args.toArray(String[]::new)).code());
        args.add(1, "--force"); // a second run of every memo: exports must take only the newest
        assertEquals(0, AnalyzeCommandTest.run(Map.of(), args.toArray(String[]::new)).code());
    }

    @Test
    void sentenceAndMemoRowCountsMatchTheDatabase() throws Exception {
        Result sentences = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--what", "sentences");
        assertEquals(0, sentences.code(), sentences.err());
        List<CSVRecord> rows = csv(sentences.out());
        Result memos = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--what", "memos");
        List<CSVRecord> memoRows = csv(memos.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(count(c, LATEST_SENTENCES), rows.size());
            assertTrue(count(c, "SELECT count(*) FROM sentence") > rows.size(), "older runs are not exported");
            assertEquals(count(c, "SELECT count(*) FROM memo"), memoRows.size());
            for (CSVRecord memo : memoRows) {
                long id = Long.parseLong(memo.get("memo_id"));
                assertEquals(count(c, "SELECT max(id) FROM analysis_run WHERE memo_id = " + id),
                        Long.parseLong(memo.get("run_id")));
                assertEquals(rows.stream().filter(r -> r.get("memo_id").equals(memo.get("memo_id"))).count(),
                        Long.parseLong(memo.get("sentences")));
            }
        }
        CSVRecord first = rows.get(0);
        assertFalse(first.get("title").isEmpty());
        assertEquals(64, first.get("sha256").length());
        assertTrue(sentences.err().contains("exported " + rows.size() + " sentences rows"), sentences.err());
    }

    @Test
    void jsonRowsHaveTheSameColumnsTypedAndOneMemoCanBeChosen() throws Exception {
        Result r = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--format", "json",
                "--what", "sentences", "--memo", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(count(c, LATEST_SENTENCES + " AND s.memo_id = 2"), rows.size());
        }
        JsonNode row = rows.get(0);
        assertEquals(2, row.get("memo_id").asInt());
        assertTrue(row.get("start").isInt());
        assertTrue(row.get("tone").isNull() || row.get("tone").isTextual());
    }

    @Test
    void anExportToAFileLeavesStdoutEmpty() throws Exception {
        Path out = dir.resolve("memos.csv");
        Result r = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--what", "memos", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(3, csv(Files.readString(out)).size());
    }

    @Test
    void codingsExportOneRowPerCodedSpanAndUnknownMemosGetAClearMessage() throws Exception {
        Result none = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--what", "codings");
        assertEquals(0, none.code(), none.err());
        assertEquals(0, csv(none.out()).size());
        assertEquals(0, AnalyzeCommandTest.run(Map.of(), "coders", "--db", db.toString(), "add", "Ann").code());
        Result coded = AnalyzeCommandTest.run(Map.of(), "codings", "--db", db.toString(), "add", "--coder", "Ann",
                "--memo", "1", "--code", "CARE_SUPPORT", "--start", "0", "--end", "5", "--note", "first words");
        assertEquals(0, coded.code(), coded.err());
        Result codings = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--what", "codings");
        assertEquals(0, codings.code(), codings.err());
        List<CSVRecord> rows = csv(codings.out());
        assertEquals(1, rows.size());
        assertEquals("CARE_SUPPORT", rows.get(0).get("code"));
        assertEquals("Ann", rows.get(0).get("coder"));
        assertEquals("first words", rows.get(0).get("note"));
        Result missing = AnalyzeCommandTest.run(Map.of(), "export", "--db", db.toString(), "--memo", "99");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no memo with id 99"), missing.err());
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (Reader in = new java.io.StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
