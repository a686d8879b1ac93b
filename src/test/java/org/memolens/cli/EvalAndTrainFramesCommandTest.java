package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CLI: eval frames, train frames and framing-speed, on small files written here. */
class EvalAndTrainFramesCommandTest {

    @TempDir
    Path dir;

    private static String line(String id, String text, String impact, String frames, String devices) {
        return "{\"id\":\"" + id + "\",\"memo\":\"" + id.substring(0, id.indexOf('-')) + "\",\"text\":\"" + text
                + "\",\"tone\":\"neutral\",\"impact\":\"" + impact + "\",\"frames\":[" + frames + "],\"devices\":["
                + devices + "]}";
    }

    private Path labelled() throws Exception {
        return Files.write(dir.resolve("set.jsonl"), List.of(
                line("a-1", "Thank you for everything you have built here.", "none", "\"CARE_SUPPORT\"", ""),
                line("a-2", "Approximately 80 roles will be eliminated in the spring.", "harm", "",
                        "{\"type\":\"HEDGE\",\"text\":\"Approximately\"},"
                        + "{\"type\":\"AGENTLESS_HARM\",\"text\":\"roles will be eliminated\"}"),
                line("b-1", "We will hire 40 engineers in Porto next year.", "benefit", "\"OPPORTUNITY\"", "")));
    }

    @Test
    void evalFramesPrintsScoresForFramesDevicesAndImpactAsJson() throws Exception {
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "frames", labelled().toString(),
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(3, root.get("sentences").asInt());
        assertEquals(12, root.get("frames").get("labels").size());
        assertTrue(root.get("frames").has("micro_f1"));
        assertTrue(root.get("frames").has("macro_f1"));
        assertEquals(4, root.get("devices").get("labels").size());
        assertTrue(root.get("devices").get("span_rule").asText().contains("overlap"));
        assertEquals(3, root.get("impact").get("labels").size());
        assertTrue(root.get("components").get("frame-model").asText().startsWith("memolens-frames-en-3"));
    }

    @Test
    void evalFramesPrintsATableAsText() throws Exception {
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "frames", labelled().toString(),
                "--rules-only");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("TECH_INEVITABILITY"), r.out());
        assertTrue(r.out().contains("AGENTLESS_HARM"), r.out());
        assertTrue(r.out().contains("micro F1"), r.out());
        assertTrue(r.out().contains("none (rules only)"), r.out());
    }

    @Test
    void aBrokenLabelledFileIsBadInputNamingTheLine() throws Exception {
        Path bad = Files.write(dir.resolve("bad.jsonl"), List.of(line("a-1", "Fine.", "none", "", ""), "{\"id\": 3"));
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "frames", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 2"), r.err());
    }

    @Test
    void trainFramesWritesAModelThatEvalCanUse() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            lines.add(line("m" + m + "-1", "Thank you for your hard work this year.", "none", "\"CARE_SUPPORT\"", ""));
            lines.add(line("m" + m + "-2", "The meeting is on Friday at ten.", "none", "\"PROCEDURE\"", ""));
        }
        Path train = Files.write(dir.resolve("train.jsonl"), lines);
        Path model = dir.resolve("models/frames-test.bin");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "train", "frames", train.toString(),
                "--out", model.toString(), "--name", "test-model", "--folds", "2", "--iterations", "30");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(model) > 0);
        assertTrue(r.out().contains("fingerprint"), r.out());
        AnalyzeCommandTest.Result e = AnalyzeCommandTest.run(Map.of(), "eval", "frames", labelled().toString(),
                "--model", model.toString(), "--format", "json");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("test-model"), e.out());
    }

    @Test
    void framingSpeedTimesAMemo() throws Exception {
        Path memo = Files.writeString(dir.resolve("memo.txt"),
                "We are reducing our workforce by 5%. Affected employees will receive twelve weeks of pay.");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "framing-speed", memo.toString(),
                "--runs", "3", "--warm-up", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("median"), r.out());
        assertEquals(2, AnalyzeCommandTest.run(Map.of(), "eval", "framing-speed", memo.toString(), "--runs", "0").code());
    }
}
