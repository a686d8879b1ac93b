package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memolens.domain.ClassificationReport;
import org.junit.jupiter.api.io.TempDir;

/** {@code train tone} and {@code eval tone} through the real command line, on tiny files. */
class ToneCommandsTest {

    static final String MEMO = """
            positive\tWe are proud of this team and grateful for your great work.
            positive\tRevenue grew strongly and we had a record quarter.
            positive\tI am delighted to welcome our new colleagues.
            negative\tUnfortunately we missed our targets and lost two customers.
            negative\tI am sorry, this is painful news for all of us.
            negative\tRevenue fell sharply and costs are too high.
            neutral\tThe meeting will take place on Thursday at 10:00.
            neutral\tPlease submit your expense reports in the new system.
            neutral\tThe team will report to the Chief Operating Officer.
            """;

    static final String NEWS = """
            positive\tOperating profit rose to EUR 13.1 mn from EUR 8.7 mn.
            positive\tThe company won a large order and raised its outlook.
            negative\tOperating profit fell to EUR 8.7 mn from EUR 13.1 mn.
            negative\tThe company issued a profit warning and cut its outlook.
            neutral\tThe company has 1,200 employees in Finland and Sweden.
            neutral\tThe annual general meeting will be held on 15 April.
            """;

    @TempDir
    static Path dir;

    static Path models;
    static Path memo;

    @BeforeAll
    static void train() throws Exception {
        memo = dir.resolve("memo.tsv");
        Files.writeString(memo, MEMO);
        Path news = dir.resolve("news.tsv");
        Files.writeString(news, NEWS);
        models = dir.resolve("models");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "train", "tone", "--output", models.toString(),
                "--iterations", "60", "--cutoff", "1", "memo=" + memo + "*2", "news=" + news);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("sha256"), r.out());
    }

    @Test
    void trainingWritesBothModelsAndRetrainingGivesTheSameBytes() throws Exception {
        Path again = dir.resolve("again");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "train", "tone", "--output", again.toString(),
                "--iterations", "60", "--cutoff", "1", "news=" + dir.resolve("news.tsv"), "memo=" + memo + "*2");
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("tone-model.bin", "tone-register.bin", "tone-model.features")) {
            assertArrayEquals(Files.readAllBytes(models.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        String features = Files.readString(again.resolve("tone-model.features"));
        assertTrue(features.startsWith("tone-model.bin " + java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(again.resolve("tone-model.bin")))) + "\nfeatures "),
                features);
    }

    @Test
    void evalPrintsTheDocumentedJsonWithCountsThatAddUp() throws Exception {
        Path predictions = dir.resolve("predictions.tsv");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--models",
                models.toString(), "--format", "json", "--predictions", predictions.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(9, json.get("n").asInt());
        for (String key : List.of("accuracy", "macro_f1", "per_class", "confusion")) {
            assertTrue(json.has(key), key);
        }
        int total = 0;
        for (String gold : List.of("positive", "neutral", "negative")) {
            assertEquals(3, json.get("per_class").get(gold).get("support").asInt());
            int row = 0;
            for (String predicted : List.of("positive", "neutral", "negative")) {
                row += json.get("confusion").get(gold).get(predicted).asInt();
            }
            assertEquals(3, row, "every gold " + gold + " sentence is predicted once");
            total += row;
        }
        assertEquals(9, total);
        // The model was trained on these very sentences, so it gets them right.
        assertEquals(1.0, json.get("accuracy").asDouble(), 1e-9, r.out());
        assertEquals(1.0, json.get("macro_f1").asDouble(), 1e-9);
        List<String> lines = Files.readAllLines(predictions);
        assertEquals(10, lines.size());
        assertEquals("gold\tpredicted\tscore\tconfidence\ttext", lines.get(0));
        assertTrue(lines.get(1).startsWith("positive\tpositive\t"), lines.get(1));
    }

    @Test
    void evalPrintsATextReportAndABenchmark() {
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--models",
                models.toString(), "--bench", "--bench-runs", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("n: 9"), r.out());
        assertTrue(r.out().contains("macro-F1: 1.0000"), r.out());
        assertTrue(r.out().contains("confusion (rows gold, columns predicted)"), r.out());
        assertTrue(r.out().matches("(?s).*bench: tone for \\d+ words in \\d+ sentences: median [0-9.]+ ms.*"), r.out());
    }

    @Test
    void theReportSaysWhenALabelIsGivenFarMoreOrLessOftenThanInTheFile() {
        List<String> labels = List.of("positive", "neutral", "negative");
        // gold 50 / 10 / 40 %, predicted 44 / 25 / 31 %: only neutral is 10 points or more off
        ClassificationReport drawnElsewhere = new ClassificationReport(labels,
                new int[][] {{44, 6, 0}, {0, 10, 0}, {0, 9, 31}});
        String text = EvalToneCommand.text(drawnElsewhere, Map.of());
        assertTrue(text.contains("note: 25% of the lines are called neutral, against 10% in the file."), text);
        assertFalse(text.contains("called positive") || text.contains("called negative"), text);
        assertTrue(text.contains("Sources never trained on"), text);
        assertTrue(text.matches("(?s).*neutral\\s+0\\.4000\\s+1\\.0000\\s+0\\.5714\\s+10\\s+25\\n.*"), text);
        // shares within 10 points of the file's: no note
        ClassificationReport close = new ClassificationReport(labels, new int[][] {{46, 4, 0}, {0, 10, 0}, {0, 4, 36}});
        assertFalse(EvalToneCommand.text(close, Map.of()).contains("note:"));
    }

    @Test
    void aHeldOutPartOfTheFileCanBeScoredAlone() {
        AnalyzeCommandTest.Result all = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--models",
                models.toString(), "--part", "heldout", "--format", "json");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("\"part\" : \"heldout\""), all.out());
    }

    @Test
    void theDecisionCheckScoresTheShippedValuesAsCrossValidatedEvalDoes() throws Exception {
        Path news = dir.resolve("news.tsv");
        List<String> folders = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            Path fold = dir.resolve("decision-fold" + k);
            AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "train", "tone", "--output", fold.toString(),
                    "--iterations", "60", "--cutoff", "1", "memo=" + memo + "#not-fold" + k + "*2", "news=" + news + "#not-fold" + k);
            assertEquals(0, r.code(), r.err());
            folders.add(k + "=" + fold);
        }
        AnalyzeCommandTest.Result check = AnalyzeCommandTest.run(Map.of(), "eval", "tone-decision", "--fold-models",
                String.join(",", folders), memo.toString(), news + "*2");
        assertEquals(0, check.code(), check.err());
        String shipped = check.out().lines().filter(l -> l.startsWith("shipped values")).findFirst().orElseThrow();
        String[] cells = shipped.substring("shipped values".length()).trim().split("\\s+");
        assertEquals(3, cells.length, shipped);
        AnalyzeCommandTest.Result cv = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--fold-models",
                folders.stream().map(f -> f.substring(2)).collect(java.util.stream.Collectors.joining(",")), "--format", "json");
        assertEquals(0, cv.code(), cv.err());
        double memoF1 = new ObjectMapper().readTree(cv.out()).get("macro_f1").asDouble();
        assertEquals(memoF1, Double.parseDouble(cells[0]), 0.00005, "the check decides as the analyser does:\n" + check.out());
        double weighted = (Double.parseDouble(cells[0]) + 2 * Double.parseDouble(cells[1])) / 3;
        assertEquals(weighted, Double.parseDouble(cells[2]), 0.0001, shipped);
        String searched = check.out().lines().filter(l -> l.startsWith("searched (optimistic)")).findFirst().orElseThrow();
        String[] searchedCells = searched.substring("searched (optimistic)".length()).trim().split("\\s+");
        assertTrue(Double.parseDouble(searchedCells[2]) >= Double.parseDouble(cells[2]),
                "the search starts from the shipped values and keeps only improvements:\n" + check.out());
        assertTrue(check.out().contains("nested gain over the shipped values"), check.out());
        assertTrue(check.out().contains("searched without fold 4: exponent"), check.out());

        AnalyzeCommandTest.Result one = AnalyzeCommandTest.run(Map.of(), "eval", "tone-decision", "--fold-models",
                folders.get(0), memo.toString());
        assertEquals(MemoLensCli.BAD_INPUT, one.code());
        assertTrue(one.err().contains("two or more folds"), one.err());
        AnalyzeCommandTest.Result seven = AnalyzeCommandTest.run(Map.of(), "eval", "tone-decision", "--fold-models",
                folders.get(0) + ",7=" + dir, memo.toString());
        assertEquals(MemoLensCli.BAD_INPUT, seven.code());
        assertTrue(seven.err().contains("Fold 7 in --fold-models is not one of 0 to 4"), seven.err());
    }

    @Test
    void crossValidationScoresEveryLineWithTheModelsThatDidNotTrainOnItsFold() throws Exception {
        List<String> folders = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            Path fold = dir.resolve("fold" + k);
            AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "train", "tone", "--output", fold.toString(),
                    "--iterations", "60", "--cutoff", "1", "memo=" + memo + "#not-fold" + k + "*2", "news=" + dir.resolve("news.tsv"));
            assertEquals(0, r.code(), r.err());
            folders.add(fold.toString());
        }
        Path pooled = dir.resolve("cv-predictions.tsv");
        AnalyzeCommandTest.Result cv = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--fold-models",
                String.join(",", folders), "--format", "json", "--predictions", pooled.toString());
        assertEquals(0, cv.code(), cv.err());
        JsonNode json = new ObjectMapper().readTree(cv.out());
        assertEquals(9, json.get("n").asInt(), "every line is scored once");
        assertTrue(json.get("part").asText().contains("cross-validated"), cv.out());
        int foldTotal = 0;
        for (int k = 0; k < 5; k++) {
            assertEquals(k, json.get("folds").get(k).get("fold").asInt());
            foldTotal += json.get("folds").get(k).get("n").asInt();
        }
        assertEquals(9, foldTotal, "the folds hold every line once");
        // Each line's prediction is the one its own fold's models give it.
        List<String> lines = Files.readAllLines(pooled).subList(1, 10);
        for (int k = 0; k < 5; k++) {
            Path single = dir.resolve("fold" + k + ".tsv");
            AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--models",
                    folders.get(k), "--predictions", single.toString());
            assertEquals(0, r.code(), r.err());
            List<String> all = Files.readAllLines(single).subList(1, 10);
            for (int i = 0; i < 9; i++) {
                String text = all.get(i).substring(all.get(i).lastIndexOf('\t') + 1);
                if (org.memolens.nlp.tone.ToneExample.Part.foldOf(text) == k) {
                    assertEquals(all.get(i), lines.get(i), text);
                }
            }
        }
        AnalyzeCommandTest.Result four = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--fold-models",
                String.join(",", folders.subList(0, 4)));
        assertEquals(MemoLensCli.BAD_INPUT, four.code());
        assertTrue(four.err().contains("needs 5 model folders"), four.err());
        AnalyzeCommandTest.Result mixed = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--fold-models",
                String.join(",", folders), "--part", "heldout");
        assertEquals(MemoLensCli.BAD_INPUT, mixed.code());
        assertTrue(mixed.err().contains("leave out --part"), mixed.err());
    }

    @Test
    void theRulesAloneCanBeScoredWithoutAnyModel() throws Exception {
        Path predictions = dir.resolve("rules.tsv");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--rules-only",
                "--format", "json", "--predictions", predictions.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("rules only", json.get("analyser").asText());
        assertEquals(9, json.get("n").asInt());
        Map<String, String> predicted = new java.util.HashMap<>();
        for (String line : Files.readAllLines(predictions).subList(1, 10)) {
            String[] f = line.split("\t");
            predicted.put(f[4], f[1]);
        }
        assertEquals("positive", predicted.get("I am delighted to welcome our new colleagues."));
        assertEquals("negative", predicted.get("Revenue fell sharply and costs are too high."));
        assertEquals("neutral", predicted.get("The meeting will take place on Thursday at 10:00."));
        AnalyzeCommandTest.Result mixed = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--rules-only",
                "--models", models.toString());
        assertEquals(MemoLensCli.BAD_INPUT, mixed.code());
        assertTrue(mixed.err().contains("--rules-only scores without models"), mixed.err());
    }

    @Test
    void badInputGetsExitCodeTwoAndAReason() throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "glad\tWe won.\n");
        AnalyzeCommandTest.Result r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", bad.toString(), "--models",
                models.toString());
        assertEquals(MemoLensCli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("line 1") && r.err().contains("unknown label"), r.err());
        r = AnalyzeCommandTest.run(Map.of(), "train", "tone", "--output", dir.resolve("x").toString(), "poetry=" + memo);
        assertEquals(MemoLensCli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Unknown register"), r.err());
        r = AnalyzeCommandTest.run(Map.of(), "eval", "tone", memo.toString(), "--models", dir.resolve("nothing").toString());
        assertEquals(MemoLensCli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Could not read the tone models"), r.err());
    }
}
