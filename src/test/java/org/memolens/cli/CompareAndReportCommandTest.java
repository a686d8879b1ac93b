package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare and report commands on the sample memos, a real SQLite file and the real models. */
class CompareAndReportCommandTest {

    private static final String AI = "assets/samples/ai-strategy-memo.txt";
    private static final String RESTRUCTURING = "assets/samples/restructuring-memo.txt";

    @TempDir
    Path dir;

    @Test
    void compareTwoFilesPrintsEveryFigureWithDeltasAndDistinctiveWords() {
        String db = dir.resolve("c.db").toString();
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "compare", "--db", db, AI, RESTRUCTURING);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("#1  Building the Next Larkspur, Together (id 1)"), r.out());
        assertTrue(r.out().contains("Words") && r.out().contains("Δ #2"), r.out());
        assertTrue(r.out().contains("DISTINCTIVE WORDS"), r.out());
    }

    @Test
    void compareByIdsAsJsonGivesMetricsDeltasAndWordsPerMemo() throws Exception {
        String db = dir.resolve("j.db").toString();
        assertEquals(0, AnalyzeCommandTest.run(Map.of(), "analyze", "--db", db, AI, RESTRUCTURING).code());
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "compare", "--db", db, "--format", "json", "2", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.get("memos").get(0).get("id").asInt());
        JsonNode words = json.get("metrics").get(0);
        assertEquals("words", words.get("key").asText());
        assertTrue(words.get("deltas").get(0).isNull());
        assertEquals(words.get("values").get(1).asDouble() - words.get("values").get(0).asDouble(),
                words.get("deltas").get(1).asDouble(), 1e-9);
        assertEquals(2, json.get("distinctive_words").size());
        assertTrue(json.get("distinctive_words").get(1).size() > 0);
    }

    @Test
    void anUnknownIdIsBadInput() {
        String db = dir.resolve("u.db").toString();
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "compare", "--db", db, "41", "42");
        assertEquals(MemoLensCli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no memo with id 41"), r.err());
    }

    @Test
    void reportWritesOneSelfContainedHtmlFile() throws Exception {
        String db = dir.resolve("r.db").toString();
        Path html = dir.resolve("out/report.html");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "report", "--db", db, AI, RESTRUCTURING, "-o",
                html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Building the Next Larkspur, Together"));
        assertTrue(page.contains("Distinctive words"));
        assertTrue(!page.contains("<script") && !page.contains("<link"), "no scripts, no external resources");

        Path csv = dir.resolve("one.csv");
        assertEquals(0, AnalyzeCommandTest.run(Map.of(), "report", "--db", db, "1", "-o", csv.toString()).code());
        assertTrue(Files.readString(csv).startsWith("memo_id,title,sentence_index"));
    }
}
