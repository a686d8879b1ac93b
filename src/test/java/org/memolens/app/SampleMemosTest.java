package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ingest.MemoFiles;
import org.memolens.ingest.SampleMemoFiles;
import org.memolens.nlp.SharedModels;

/**
 * The sample memos a new user tries first: every file in assets/samples is found by
 * {@code analyze assets/samples}, imported through the real readers into a real SQLite library,
 * and analysed with the shipped models.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleMemosTest {

    private static final Path FOLDER = SampleMemoFiles.FOLDER;

    private MemoLensCore core;
    private final Map<String, Memo> memos = new LinkedHashMap<>();
    private final Map<String, MemoAnalysis> analyses = new LinkedHashMap<>();

    @BeforeAll
    void importAndAnalyseTheFolder(@TempDir Path dir) {
        core = MemoLensCore.open(dir.resolve("samples.db"), SharedModels.analyzer(), Clock.systemUTC());
        List<Path> files = MemoFiles.expand(List.of(FOLDER)).files();
        ImportReport report = core.importMemos().importFiles(files, Progress.NONE);
        assertEquals(List.of(), report.problems());
        assertEquals(files.size(), report.imported().size());
        for (int i = 0; i < files.size(); i++) {
            ImportedMemo imported = report.imported().get(i);
            assertTrue(imported.created(), files.get(i) + " has the same text as another sample");
            String name = files.get(i).getFileName().toString();
            memos.put(name, imported.memo());
            analyses.put(name, core.analyzeMemos().analyze(imported.memo()));
        }
    }

    @AfterAll
    void close() {
        core.close();
    }

    @Test
    void analyzeOnTheFolderPicksUpEveryFileInItAndNothingElseIsThere() throws IOException {
        MemoFiles.Found found = MemoFiles.expand(List.of(FOLDER));
        Set<Path> everyFile;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            everyFile = listed.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(List.of(), found.problems());
        assertEquals(List.copyOf(everyFile), found.files(), "a file in assets/samples that is not a memo, or one skipped");
        assertEquals(List.of("ai-automation-memo.pdf", "ai-strategy-memo.txt", "candid-accountability-memo.txt",
                "cost-reduction-memo.docx", "restructuring-memo.txt", "return-to-office-memo.eml",
                "support-after-layoffs-memo.html"), found.files().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theEmailTakesTitleAuthorAndDateFromItsHeadersAndCarriesAnHtmlAlternative() throws IOException {
        Memo memo = memos.get("return-to-office-memo.eml");
        assertEquals("Coming back together: our new in-office rhythm", memo.title());
        assertEquals("Marisol Ekwueme <marisol.ekwueme@quillfield.example>", memo.metadata().author());
        assertEquals(LocalDate.of(2025, 9, 9), memo.metadata().date());
        assertTrue(memo.text().startsWith("Team,"), memo.text().substring(0, 40));
        String raw = Files.readString(FOLDER.resolve("return-to-office-memo.eml"), StandardCharsets.US_ASCII);
        assertTrue(raw.contains("Content-Type: text/plain") && raw.contains("Content-Type: text/html"));
    }

    @Test
    void theDocxAndThePdfTakeTitleAuthorAndDateFromTheirDocumentProperties() {
        Memo docx = memos.get("cost-reduction-memo.docx");
        assertEquals("Positioning Marrowgate for Sustainable, Profitable Growth", docx.title());
        assertEquals("Helena Strachan, Chief Financial Officer", docx.metadata().author());
        Memo pdf = memos.get("ai-automation-memo.pdf");
        assertEquals("Our Agentic Future: Claims and Service in 2026", pdf.title());
        assertEquals("Ravi Lindqvist, Chief Operating Officer", pdf.metadata().author());
        assertEquals(LocalDate.of(2025, 10, 14), docx.metadata().date(), "the .docx creation date");
        assertEquals(LocalDate.of(2025, 11, 3), pdf.metadata().date(), "the PDF creation date");
    }

    @Test
    void theWebPageKeepsOnlyTheArticleAndTakesItsMetadataFromThePage() {
        Memo memo = memos.get("support-after-layoffs-memo.html");
        assertEquals("Looking after each other after this week's changes", memo.title());
        assertEquals("Noor Ashworth, Chief People Officer", memo.metadata().author());
        assertEquals(LocalDate.of(2025, 10, 3), memo.metadata().date());
        String text = memo.text();
        assertTrue(text.startsWith("To everyone at Caddington,"), text.substring(0, 40));
        assertTrue(text.strip().endsWith("Chief People Officer"));
        for (String chrome : List.of("Caddington Health Software", "Company news", "Benefits portal", "IT service desk",
                "Related news", "parking", "3 October 2025", "Privacy notice", "Internal use only", "web team")) {
            assertFalse(text.contains(chrome), "page chrome in the memo text: " + chrome);
        }
        assertTrue(text.contains("\n- The same Employee Assistance Programme"), "list items stay list items");
    }

    @Test
    void eachGeneratedSampleHoldsEveryParagraphOfItsTeamWrittenSource() {
        for (String file : SampleMemoFiles.SOURCES.keySet()) {
            String text = normalized(memos.get(file).text());
            for (String block : SampleMemoFiles.source(file).blocks()) {
                for (String piece : block.contains("\n") ? block.lines().toList() : List.of(block)) {
                    String expected = normalized(piece.startsWith("## ") ? piece.substring(3) : piece);
                    assertTrue(text.contains(expected), file + " lost: " + expected);
                }
            }
        }
    }

    @Test
    void everySampleIsAnalysedInEnglishSentenceBySentence() {
        assertEquals(7, analyses.size());
        analyses.forEach((file, analysis) -> {
            assertEquals(Language.ENGLISH, analysis.language().code(), file);
            assertTrue(analysis.analysed(), file);
            assertTrue(analysis.sentences().size() >= 20, file + ": " + analysis.sentences().size() + " sentences");
            assertTrue(analysis.sentences().stream().allMatch(s -> s.tone() != null && s.impact() != null), file);
        });
    }

    @Test
    void theCostReductionMemoShowsEuphemismsAgentlessHarmAndHarmSentences() {
        MemoAnalysis analysis = analyses.get("cost-reduction-memo.docx");
        String text = memos.get("cost-reduction-memo.docx").text();
        List<String> euphemisms = devices(analysis, DeviceType.EUPHEMISM);
        assertTrue(euphemisms.stream().anyMatch(e -> e.toLowerCase().contains("eliminat")), euphemisms.toString());
        assertFalse(devices(analysis, DeviceType.AGENTLESS_HARM).isEmpty());
        List<String> harm = analysis.sentences().stream().filter(s -> s.impact().label() == ImpactLabel.HARM)
                .map(s -> s.text(text)).toList();
        assertTrue(harm.stream().anyMatch(s -> s.contains("340 positions will be eliminated")), harm.toString());
    }

    @Test
    void theAutomationMemoFlagsReducingTheNeedForRolesAsAEuphemism() {
        List<String> euphemisms = devices(analyses.get("ai-automation-memo.pdf"), DeviceType.EUPHEMISM);
        assertTrue(euphemisms.stream().anyMatch(e -> e.contains("reduce the need for")), euphemisms.toString());
    }

    private static List<String> devices(MemoAnalysis analysis, DeviceType type) {
        return analysis.sentences().stream().map(SentenceAnalysis::devices).flatMap(List::stream)
                .filter(d -> d.type() == type).map(DeviceHit::text).toList();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
