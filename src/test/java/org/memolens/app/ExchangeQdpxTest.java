package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Code;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoSummary;
import org.memolens.export.SafeZip;
import org.memolens.export.ZipFiles;

class ExchangeQdpxTest {

    static final String FIRST = "Team 🚀 update: we will cut costs by 20%. Customers come first.\n\nThank you 🙏 all.";
    static final String SECOND = "Our café teams move to the new site. Notice periods apply.";

    @TempDir
    Path dir;

    /** Every coding of a project, as comparable text: memo title and text hash, code, coder, span, quote, note, times. */
    static Set<String> codings(MemoLensCore core) {
        Map<Long, String> coders = core.manageCoders().list().stream().collect(Collectors.toMap(Coder::id, Coder::name));
        Set<String> all = new TreeSet<>();
        for (MemoSummary s : core.browseLibrary().search("")) {
            Memo memo = core.browseLibrary().open(s.id()).orElseThrow().memo();
            for (Coding c : core.codingSession().codings(memo.id())) {
                all.add(String.join("|", memo.title(), memo.sha256(), c.code(), coders.get(c.coderId()),
                        c.start() + "-" + c.end(), c.quote(), c.note(), c.createdAt().toString(), c.updatedAt().toString()));
            }
        }
        return all;
    }

    static void fill(ResearchFixture fx) {
        fx.codes("COST_FRAME", "CUSTOMER_FRAME");
        fx.core.manageCodebook().add("JOB_SEC", "job security", "fear for jobs", "#123456", "COST_FRAME");
        Memo first = fx.memo("Update", FIRST);
        Memo second = fx.memo("Move", SECOND);
        Coder ann = fx.core.manageCoders().add("Ann");
        Coder bob = fx.core.manageCoders().add("Bob");
        CodingSession s = fx.core.codingSession();
        s.addAs(ann.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "we will cut costs by 20%."), "after 🚀");
        s.addAs(bob.id(), first.id(), "COST_FRAME", ResearchFixture.span(FIRST, "cut costs"), "");
        s.addAs(bob.id(), first.id(), "CUSTOMER_FRAME", ResearchFixture.span(FIRST, "Customers come first."), "line\nbreak");
        s.addAs(ann.id(), first.id(), "JOB_SEC", ResearchFixture.span(FIRST, "Thank you 🙏 all."), "");
        s.addAs(ann.id(), second.id(), "JOB_SEC", ResearchFixture.span(SECOND, "café teams move"), "");
    }

    @Test
    void exportThenImportIntoAFreshDatabaseGivesTheSameCodingsCodebookAndMetadata() {
        Path file = dir.resolve("project.qdpx");
        Set<String> before;
        List<Code> codesBefore;
        try (ResearchFixture a = new ResearchFixture(dir, "a.db")) {
            fill(a);
            before = codings(a.core);
            codesBefore = a.core.manageCodebook().current().codes();
            ExchangeQdpx.ExportReport report = a.core.exchangeQdpx().export(file, List.of(), "study");
            assertEquals(2, report.memos());
            assertEquals(5, report.codings());
        }
        try (ResearchFixture b = new ResearchFixture(dir, "b.db")) {
            ExchangeQdpx.ImportReport report = b.core.exchangeQdpx().importFile(file);
            assertEquals(2, report.memosAdded());
            assertEquals(5, report.codingsAdded());
            assertEquals(List.of(), report.warnings());
            assertEquals(before, codings(b.core));
            // REFI-QDA carries a tree, so children come right after their parent; the codes are the same
            assertEquals(new java.util.HashSet<>(codesBefore), new java.util.HashSet<>(b.core.manageCodebook().current().codes()));
            Memo memo = b.core.browseLibrary().open(b.core.browseLibrary().search("Update").get(0).id()).orElseThrow().memo();
            assertEquals("Chief Executive", memo.metadata().author());
            assertEquals("2025-07-15", memo.metadata().date().toString());
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        Path file = dir.resolve("project.qdpx");
        try (ResearchFixture a = new ResearchFixture(dir, "a.db")) {
            fill(a);
            a.core.exchangeQdpx().export(file, List.of(), "study");
            String origin = DatabaseDump.of(dir.resolve("a.db"));
            ExchangeQdpx.ImportReport intoItself = a.core.exchangeQdpx().importFile(file);
            assertEquals(0, intoItself.codingsAdded());
            assertEquals(5, intoItself.codingsPresent());
            assertEquals(origin, DatabaseDump.of(dir.resolve("a.db")), "importing a project into itself changes nothing");
        }
        try (ResearchFixture b = new ResearchFixture(dir, "b.db")) {
            b.core.exchangeQdpx().importFile(file);
            String once = DatabaseDump.of(dir.resolve("b.db"));
            ExchangeQdpx.ImportReport again = b.core.exchangeQdpx().importFile(file);
            assertEquals(0, again.memosAdded() + again.codesAdded() + again.codersAdded() + again.codingsAdded());
            assertEquals(once, DatabaseDump.of(dir.resolve("b.db")));
        }
    }

    @Test
    void positionsInTheFileCountCodePointsSoAnEmojiCountsOnce() {
        Path file = dir.resolve("project.qdpx");
        try (ResearchFixture a = new ResearchFixture(dir, "a.db")) {
            fill(a);
            a.core.exchangeQdpx().export(file, List.of(), "study");
        }
        var source = org.memolens.export.refi.QdpxReader.read(file, SafeZip.Limits.DEFAULT).project().sources().stream()
                .filter(src -> src.name().equals("Update")).findFirst().orElseThrow();
        Set<String> spans = source.selections().stream().map(sel -> sel.start() + "-" + sel.end())
                .collect(Collectors.toCollection(TreeSet::new));
        int we = FIRST.indexOf("we will");
        int weEnd = we + "we will cut costs by 20%.".length();
        int thanks = FIRST.indexOf("Thank you");
        int thanksEnd = thanks + "Thank you 🙏 all.".length();
        // one emoji (two UTF-16 units) before "we will"; two before the end of "Thank you 🙏 all."
        assertTrue(spans.contains((we - 1) + "-" + (weEnd - 1)), spans.toString());
        assertTrue(spans.contains((thanks - 1) + "-" + (thanksEnd - 2)), spans.toString());
        assertEquals(FIRST, source.text());
    }

    @Test
    void aProjectFromAnotherToolWithWindowsLineEndingsImportsAtTheRightPlaces() throws IOException {
        String raw = "\uFEFFDear all,\r\nWe will close 🏭 the plant.\r\nSeverance is generous.\r\n";
        int start = raw.codePointCount(0, raw.indexOf("We will"));
        int end = raw.codePointCount(0, raw.indexOf("plant.") + 6);
        String user = "{0A1B2C3D-0000-4000-8000-00000000000A}";
        String code = "0a1b2c3d-0000-4000-8000-00000000000b";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"other\" origin=\"Other QDA 1.0\">"
                + "<Users><User guid=\"" + user + "\" name=\"Smith, Carla\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + code + "\" name=\"Closure\" isCodable=\"true\" color=\"#AA0000\">"
                + "<Description>plants close</Description></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"0a1b2c3d-0000-4000-8000-00000000000c\" name=\"Plant memo\" "
                + "plainTextPath=\"internal://plant.txt\">"
                + "<PlainTextSelection guid=\"0a1b2c3d-0000-4000-8000-00000000000d\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\" creatingUser=\"" + user + "\"><Description>the core</Description>"
                + "<Coding guid=\"0a1b2c3d-0000-4000-8000-00000000000e\" creatingUser=\"" + user + "\">"
                + "<CodeRef targetGUID=\"" + code + "\"/></Coding></PlainTextSelection>"
                + "<PlainTextSelection guid=\"0a1b2c3d-0000-4000-8000-00000000000f\" startPosition=\"5\" endPosition=\"999\">"
                + "<Coding guid=\"0a1b2c3d-0000-4000-8000-000000000010\"><CodeRef targetGUID=\"" + code + "\"/></Coding>"
                + "</PlainTextSelection></TextSource></Sources></Project>";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde);
        entries.put("sources/plant.txt", raw);
        Path file = ZipFiles.of(dir.resolve("other.qdpx"), entries);
        try (ResearchFixture fx = new ResearchFixture(dir)) {
            ExchangeQdpx.ImportReport report = fx.core.exchangeQdpx().importFile(file);
            assertEquals(1, report.codingsAdded());
            assertEquals(1, report.warnings().size(), report.warnings().toString());
            assertTrue(report.warnings().get(0).contains("outside its text"));
            Memo memo = fx.core.browseLibrary().open(fx.core.browseLibrary().search("Plant").get(0).id()).orElseThrow().memo();
            assertEquals("Dear all,\nWe will close 🏭 the plant.\nSeverance is generous.", memo.text());
            Coding coding = fx.core.codingSession().codings(memo.id()).get(0);
            assertEquals("We will close 🏭 the plant.", coding.quote());
            assertEquals("the core", coding.note());
            assertEquals("CLOSURE", coding.code());
            assertEquals("Smith Carla", fx.core.manageCoders().list().get(0).name(), "commas separate names on the command line");
            assertEquals("#aa0000", fx.core.manageCodebook().current().find("CLOSURE").orElseThrow().colour());
        }
    }

    @Test
    void aRefusedFileChangesNothingStored() throws IOException {
        try (ResearchFixture fx = new ResearchFixture(dir)) {
            fill(fx);
            String before = DatabaseDump.of(dir.resolve("research.db"));
            List<Path> hostile = List.of(
                    ZipFiles.bomb(dir.resolve("bomb.qdpx"), "project.qde", 40L << 20),
                    ZipFiles.manyEntries(dir.resolve("many.qdpx"), 10_001),
                    ZipFiles.of(dir.resolve("slip.qdpx"), Map.of("../../evil.txt", "x", "project.qde", "<Project/>")),
                    ZipFiles.of(dir.resolve("xxe.qdpx"), Map.of("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE p "
                            + "[<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>")),
                    ZipFiles.of(dir.resolve("broken.qdpx"), Map.of("project.qde", "<Project name='x'>")),
                    java.nio.file.Files.writeString(dir.resolve("text.qdpx"), "just text"));
            for (Path file : hostile) {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> fx.core.exchangeQdpx().importFile(file),
                        file.getFileName().toString());
                assertTrue(e.getMessage().contains(file.getFileName().toString()) || e.getMessage().contains("project.qde"),
                        e.getMessage());
                assertEquals(before, DatabaseDump.of(dir.resolve("research.db")), file.getFileName().toString());
            }
        }
    }
}
