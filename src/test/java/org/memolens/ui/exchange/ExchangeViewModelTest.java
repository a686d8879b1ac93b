package org.memolens.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.app.ExchangeQdpx;
import org.memolens.domain.Coder;
import org.memolens.domain.Memo;
import org.memolens.ui.ResearchCore;

/** REFI-QDA and CSV exchange from the File menu, between two real databases. */
class ExchangeViewModelTest {

    static final String TEXT = "We must cut costs now. Customers deserve better. Thank you 🙏 all.";

    @TempDir
    Path dir;

    ResearchCore rc;
    ExchangeViewModel model;
    List<String> notices = new ArrayList<>();
    int reloads;
    Memo memo;

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        model = new ExchangeViewModel(rc.core.exchangeQdpx(), rc.core.exportCodings(), rc.tasks, rc.reporter, notices::add,
                () -> reloads++);
        memo = rc.memo("Memo", TEXT);
        Coder ann = rc.core.manageCoders().add("Ann");
        Coder bob = rc.core.manageCoders().add("Bob");
        rc.core.codingSession().addAs(ann.id(), memo.id(), "EFFICIENCY", ResearchCore.span(TEXT, "cut costs"), "why now?");
        rc.core.codingSession().addAs(bob.id(), memo.id(), "CARE_SUPPORT", ResearchCore.span(TEXT, "Thank you 🙏 all"), "");
    }

    @AfterEach
    void close() {
        rc.close();
    }

    @Test
    void aProjectExportedAndImportedIntoAFreshDatabaseBringsEveryCodingOnce() {
        Path file = dir.resolve("study.qdpx");
        model.exportProject(file, List.of());
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
        assertEquals("Exported 1 memo(s) with 2 coding(s) by 2 coder(s) to study.qdpx.", notices.get(0));

        try (ResearchCore fresh = new ResearchCore(dir.resolve("fresh"))) {
            List<String> seen = new ArrayList<>();
            int[] changed = {0};
            ExchangeViewModel other = new ExchangeViewModel(fresh.core.exchangeQdpx(), fresh.core.exportCodings(), fresh.tasks,
                    fresh.reporter, seen::add, () -> changed[0]++);
            List<ExchangeQdpx.ImportReport> reports = new ArrayList<>();
            other.importProject(file, reports::add);
            assertEquals(2, reports.get(0).codingsAdded());
            assertTrue(seen.get(0).startsWith("Imported: 2 coding(s) added (0 already there), 1 memo(s) added"), seen.get(0));
            assertEquals(1, changed[0], "every screen reloads after an import");
            other.importProject(file, reports::add);
            assertEquals(0, reports.get(1).codingsAdded());
            assertEquals(2, reports.get(1).codingsPresent());
            long memoId = fresh.core.browseLibrary().search("").get(0).id();
            assertEquals(List.of("cut costs", "Thank you 🙏 all"), fresh.core.codingSession().codings(memoId).stream()
                    .map(c -> c.quote()).toList());
            assertTrue(fresh.errors.isEmpty(), fresh.errors.toString());
        }
    }

    @Test
    void codingsAreExportedAsOneCsvRowEach() throws Exception {
        Path csv = dir.resolve("codings.csv");
        model.exportCodings(csv);
        assertEquals("Exported 2 coding(s) to codings.csv.", notices.get(0));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("why now?"), lines.get(1));
    }

    @Test
    void aMaliciousProjectIsRefusedWithAMessageAndNothingChanges() throws Exception {
        Path bad = dir.resolve("bad.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<Project xmlns=\"urn:QDA-XML:project:1.0\">&x;</Project>").getBytes());
        }
        model.importProject(bad, r -> { });
        assertEquals(1, rc.errors.size());
        assertEquals(0, reloads);
        assertEquals(1, rc.core.browseLibrary().search("").size());
        assertEquals(2, rc.core.codingSession().codings(memo.id()).size());
    }
}
