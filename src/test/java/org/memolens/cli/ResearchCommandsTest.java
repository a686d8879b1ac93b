package org.memolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.app.MemoLensCore;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.nlp.SharedModels;

/** The research commands end to end on real SQLite files, as a researcher would run them. */
class ResearchCommandsTest {

    static final String FIRST = "We cut costs this year. Our customers come first. The office moves in May. Thank you all.";
    static final String SECOND = "Budgets are tight 🙁 this year. Clients still matter most.";

    @TempDir
    Path dir;

    static AnalyzeCommandTest.Result run(String... args) {
        return AnalyzeCommandTest.run(Map.of(), args);
    }

    static final String[][] CODINGS = {
        {"Ann", "0", "COST_FRAME", "cut costs"},
        {"Ann", "0", "CUSTOMER_FRAME", "Our customers come first."},
        {"Bob", "0", "COST_FRAME", "We cut costs this year."},
        {"Bob", "0", "COST_FRAME", "The office moves in May."},
        {"Bob", "0", "CUSTOMER_FRAME", "customers"},
        {"Ann", "1", "COST_FRAME", "Budgets are tight 🙁"},
        {"Bob", "1", "COST_FRAME", "Budgets are tight 🙁 this year."},
    };

    /** Two memos coded by Ann and Bob through the use cases (fast); returns the database file. */
    Path codedProject() {
        Path db = dir.resolve("study.db");
        try (MemoLensCore core = MemoLensCore.open(db, SharedModels.analyzer(), Clock.systemUTC())) {
            List<Memo> memos = List.of(core.importMemos().importText("First", null, null, FIRST).memo(),
                    core.importMemos().importText("Second", null, null, SECOND).memo());
            core.manageCodebook().add("COST_FRAME", "cost frame", "", "", null);
            core.manageCodebook().add("CUSTOMER_FRAME", "customer frame", "", "", null);
            for (String[] c : CODINGS) {
                Memo memo = memos.get(Integer.parseInt(c[1]));
                int start = memo.text().indexOf(c[3]);
                core.codingSession().addAs(core.manageCoders().activate(c[0]).id(), memo.id(), c[2],
                        new TextSpan(start, start + c[3].length()), "via API");
            }
        }
        return db;
    }

    @Test
    void aResearcherBuildsTheCodebookAddsCodersAndCodesMemosFromTheCommandLine() {
        Path db = dir.resolve("cli.db");
        long first;
        try (MemoLensCore core = MemoLensCore.open(db, SharedModels.analyzer(), Clock.systemUTC())) {
            first = core.importMemos().importText("First", null, null, FIRST).memo().id();
        }
        String d = db.toString();
        assertEquals(0, run("--db", d, "codebook", "add", "cost frame", "--code", "COST_FRAME").code());
        AnalyzeCommandTest.Result child = run("--db", d, "codebook", "add", "job cuts", "--parent", "COST_FRAME");
        assertTrue(child.out().contains("Added JOB_CUTS"), child.out());
        assertEquals(0, run("--db", d, "coders", "add", "Ann").code());
        AnalyzeCommandTest.Result coded = run("--db", d, "codings", "add", "--coder", "Bob", "--memo", "" + first, "--code",
                "JOB_CUTS", "--quote", "cut costs", "--note", "a cut");
        assertEquals(0, coded.code(), coded.err());
        assertTrue(coded.out().contains("JOB_CUTS [3, 12) by Bob: cut costs"), coded.out());
        AnalyzeCommandTest.Result byOffsets = run("--db", d, "codings", "add", "--coder", "Ann", "--memo", "" + first,
                "--code", "COST_FRAME", "--start", "0", "--end", "23");
        assertEquals(0, byOffsets.code(), byOffsets.err());
        AnalyzeCommandTest.Result list = run("--db", d, "codings", "list", "--memo", "" + first);
        assertTrue(list.out().contains("We cut costs this year."), list.out());
        AnalyzeCommandTest.Result coders = run("--db", d, "coders");
        assertTrue(coders.out().contains("Ann  (active)" + System.lineSeparator() + "Bob"),
                "the coder of the last coding is active");
        assertTrue(coders.out().endsWith("Bob" + System.lineSeparator()), coders.out());
        AnalyzeCommandTest.Result codebook = run("--db", d, "codebook");
        assertTrue(codebook.out().contains("COST_FRAME/JOB_CUTS"), codebook.out());
        AnalyzeCommandTest.Result bad = run("--db", d, "codings", "add", "--coder", "Ann", "--memo", "" + first,
                "--code", "COST_FRAME", "--quote", "not in the memo");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("does not contain"), bad.err());
    }

    @Test
    void agreementPrintsTheStatisticsAsTextAndAsJson() throws Exception {
        String d = codedProject().toString();
        AnalyzeCommandTest.Result text = run("--db", d, "agreement", "--coders", "Ann,Bob");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("COST_FRAME"), text.out());
        assertTrue(text.out().contains("Sentences where the raters differ: 1"), text.out());

        AnalyzeCommandTest.Result json = run("--db", d, "agreement", "--coders", "Ann,Bob", "--codes", "COST_FRAME",
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("sentence", root.get("unit").asText());
        assertEquals(6, root.get("sentences").asInt());
        JsonNode cost = root.get("per_code").get(0);
        assertEquals("COST_FRAME", cost.get("code").asText());
        // (Ann, Bob) per sentence: (1,1) (0,0) (0,1) (0,0) | (1,1) (0,0): p_o = 5/6
        assertEquals(0.8333, cost.get("percent_agreement").asDouble(), 1e-4);
        assertEquals(1, root.get("disagreements").size());
        assertEquals("The office moves in May.", root.get("disagreements").get(0).get("text").asText());
    }

    @Test
    void badAgreementRequestsGetExitCodeTwoAndAMessage() {
        String d = codedProject().toString();
        AnalyzeCommandTest.Result r = run("--db", d, "agreement", "--coders", "Ann,Zed");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("There is no coder named Zed"), r.err());
        assertEquals(2, run("--db", d, "agreement", "--coders", "Ann").code());
    }

    @Test
    void qdpxExportThenImportIntoAFreshDatabaseGivesTheSameCodingsAndCsvExportHasOneRowPerCoding() throws Exception {
        String d = codedProject().toString();
        Path qdpx = dir.resolve("study.qdpx");
        AnalyzeCommandTest.Result exported = run("--db", d, "qdpx", "export", qdpx.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().contains("7 codings"), exported.out());

        String fresh = dir.resolve("fresh.db").toString();
        AnalyzeCommandTest.Result imported = run("--db", fresh, "qdpx", "import", qdpx.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("codings 7 new, 0 already present"), imported.out());
        AnalyzeCommandTest.Result again = run("--db", fresh, "qdpx", "import", qdpx.toString());
        assertTrue(again.out().contains("codings 0 new, 7 already present"), again.out());

        for (String db : List.of(d, fresh)) {
            Path csv = dir.resolve(Path.of(db).getFileName() + ".csv");
            assertEquals(0, run("--db", db, "codings", "export", "-o", csv.toString()).code());
        }
        List<String> a = Files.readAllLines(dir.resolve("study.db.csv"));
        List<String> b = Files.readAllLines(dir.resolve("fresh.db.csv"));
        assertEquals(8, a.size(), "a header and one row per coding");
        assertEquals(a.stream().map(ResearchCommandsTest::withoutIds).sorted().toList(),
                b.stream().map(ResearchCommandsTest::withoutIds).sorted().toList());
    }

    /** A CSV line without its coding and memo ids, which differ between databases. */
    static String withoutIds(String line) {
        return line.replaceFirst("^\\d+,\\d+,", "");
    }

    @Test
    void trainingWithTooFewCodingsIsRefusedAndTheCodebookHistoryIsListed() {
        String d = codedProject().toString();
        AnalyzeCommandTest.Result r = run("--db", d, "train", "custom", "--coders", "Ann", "--name", "tiny");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Too few coded sentences"), r.err());
        AnalyzeCommandTest.Result models = run("--db", d, "models");
        assertEquals("shipped", models.out().strip());
        AnalyzeCommandTest.Result history = run("--db", d, "codebook", "history");
        assertTrue(history.out().contains("added CUSTOMER_FRAME"), history.out());
        Path csv = dir.resolve("codebook.csv");
        assertEquals(0, run("--db", d, "codebook", "export", csv.toString()).code());
        AnalyzeCommandTest.Result reimport = run("--db", d, "codebook", "import", csv.toString());
        assertTrue(reimport.out().contains("0 codes added, 0 updated"), reimport.out());
    }

    @Test
    void helpListsTheResearchCommands() {
        AnalyzeCommandTest.Result r = run("--help");
        for (String command : List.of("codebook", "coders", "codings", "agreement", "qdpx", "train", "models")) {
            assertTrue(r.out().contains(command), command);
        }
    }
}
