package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.cli.AnalyzeCommandTest.Result;

/** The bench command on a tiny corpus: every documented figure is there (no timing is asserted). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasEveryDocumentedKeyWithAPositiveValue() throws Exception {
        Result r = AnalyzeCommandTest.run(Map.of(), "bench", "--format", "json", "--runs", "1", "--memos", "3",
                "--words", "150", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : List.of("model_load_ms", "sentences_per_s_1_thread", "sentences_per_s_all_threads",
                "memo_1000_words_ms", "db_sentences_per_s", "peak_heap_mb")) {
            assertTrue(json.has(key), key);
            assertTrue(json.get(key).asDouble() > 0, key + " = " + json.get(key));
            assertTrue(json.get("spread").has(key) || key.equals("peak_heap_mb"), key);
        }
        assertEquals(3, json.get("corpus").get("memos").asInt());
        for (String stage : List.of("language", "sentences", "tokens", "pos", "lemmas")) {
            assertTrue(json.get("stages_ms_per_1000_sentences").has(stage), stage);
        }
        assertEquals(1.0, json.get("pos_agreement_with_beam_search").asDouble());
    }

    @Test
    void aGivenCorpusFolderIsMeasuredAndTheGeneratorWritesOne() throws Exception {
        Path corpus = dir.resolve("corpus");
        Result written = AnalyzeCommandTest.run(Map.of(), "bench", "--write-corpus", corpus.toString(), "--memos", "4",
                "--words", "120");
        assertEquals(0, written.code(), written.err());
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(4, files.count());
        }
        Result text = AnalyzeCommandTest.run(Map.of(), "bench", "--corpus", corpus.toString(), "--runs", "1");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("sentences_per_s_1_thread"), text.out());
        assertTrue(text.out().contains(corpus.toString()), text.out());
    }
}
