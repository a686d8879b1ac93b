package org.memolens.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Coding;
import org.memolens.domain.Memo;
import org.memolens.ui.ResearchCore;

/** The codebook editor's commands on a real project codebook, without a window. */
class CodebookViewModelTest {

    @TempDir
    Path dir;

    ResearchCore rc;
    CodebookViewModel model;
    Memo memo;

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        model = new CodebookViewModel(rc.core.manageCodebook(), rc.tasks, rc.reporter);
        model.reload();
        memo = rc.memo("Memo", "We cut costs across teams. Customers come first. Thank you all.");
        rc.core.manageCoders().add("Ann");
    }

    @AfterEach
    void close() {
        rc.close();
    }

    private void code(String code, String quote) {
        rc.core.codingSession().add(memo.id(), code, ResearchCore.span(memo.text(), quote), "");
    }

    private CodeRow row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> codesOfCodings() {
        return rc.core.codingSession().codings(memo.id()).stream().map(Coding::code).toList();
    }

    @Test
    void theProjectCodebookStartsFromTheShippedFramesInTreeOrderWithCodingCounts() {
        assertEquals(12, model.rows().size());
        assertEquals("TECH_INEVITABILITY", model.rows().get(0).id());
        assertEquals(1, model.rows().get(0).number());
        assertEquals(0, row("PROCEDURE").codings());
        assertEquals(1, model.history().size());
        assertEquals(1, model.history().get(0).version());
    }

    @Test
    void addASubCodeRenameItAndEditItsDefinitionColourAndParent() {
        List<Code> added = new ArrayList<>();
        model.add("job security", "EFFICIENCY", added::add);
        assertEquals("JOB_SECURITY", added.get(0).code());
        CodeRow sub = row("JOB_SECURITY");
        assertEquals(1, sub.depth());
        assertEquals(model.rows().indexOf(row("EFFICIENCY")) + 1, model.rows().indexOf(sub), "a sub-code follows its parent");

        model.rename("JOB_SECURITY", "job (in)security");
        assertEquals("job (in)security", row("JOB_SECURITY").name());
        assertEquals("Renamed JOB_SECURITY to “job (in)security”.", model.statusProperty().get());

        Code edited = new Code("JOB_SECURITY", "job (in)security", "The sentence speaks of keeping jobs.", "#123456", null,
                List.of("Nobody will lose their job."));
        model.save(edited);
        assertEquals(edited, model.codebookProperty().get().find("JOB_SECURITY").orElseThrow());
        assertEquals(0, row("JOB_SECURITY").depth(), "moved to the top");
        assertEquals(4, model.history().get(0).version(), "newest version first");
        assertTrue(model.history().get(0).change().contains("definition"), model.history().get(0).change());
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
    }

    @Test
    void mergingMovesTheCodingsAndSaysSo() {
        code("EFFICIENCY", "cut costs");
        code("STREAMLINING", "across teams");
        code("STREAMLINING", "cut costs");
        model.reload();
        assertEquals(2, row("STREAMLINING").codings());
        model.merge("STREAMLINING", "EFFICIENCY");
        assertEquals("Merged STREAMLINING into EFFICIENCY: 1 coding(s) moved, 1 combined with an existing one.",
                model.statusProperty().get());
        assertEquals(List.of("EFFICIENCY", "EFFICIENCY"), codesOfCodings());
        assertFalse(model.rows().stream().anyMatch(r -> r.id().equals("STREAMLINING")));
        assertEquals(2, row("EFFICIENCY").codings());
    }

    @Test
    void deletingACodeWithCodingsIsRefusedUnlessTheyAreDeletedOrMoved() {
        code("PROCEDURE", "Thank you all");
        code("OPPORTUNITY", "Customers come first");
        int[] count = {-1};
        model.countCodings("PROCEDURE", n -> count[0] = n);
        assertEquals(1, count[0]);

        model.delete("PROCEDURE", CodeDeletion.refuseIfCoded());
        assertEquals(1, rc.errors.size());
        assertTrue(row("PROCEDURE").codings() == 1, "refused: the code and its coding stay");

        model.delete("PROCEDURE", CodeDeletion.moveCodingsTo("CARE_SUPPORT"));
        assertEquals("Deleted PROCEDURE: 1 coding(s) moved to CARE_SUPPORT, 0 combined with an existing one.",
                model.statusProperty().get());
        assertTrue(codesOfCodings().contains("CARE_SUPPORT"));

        model.delete("OPPORTUNITY", CodeDeletion.deleteCodings());
        assertEquals("Deleted OPPORTUNITY and its 1 coding(s).", model.statusProperty().get());
        assertEquals(List.of("CARE_SUPPORT"), codesOfCodings());
    }

    @Test
    void exportAndImportCsvAndQdcAndTheHistoryShowsEveryVersion() throws Exception {
        Path csv = dir.resolve("codebook.csv");
        Path qdc = dir.resolve("codebook.qdc");
        model.add("layoffs", null, c -> { });
        model.exportFile(csv);
        model.exportFile(qdc);
        assertTrue(Files.readString(csv).contains("LAYOFFS"));
        assertTrue(Files.readString(qdc).contains("<CodeBook"));

        Files.writeString(csv, Files.readString(csv).replace("\"layoffs\"", "\"job cuts\"").replace(",layoffs,", ",job cuts,"));
        model.importFile(csv);
        assertEquals("job cuts", row("LAYOFFS").name(), model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("0 code(s) added, 1 updated"), model.statusProperty().get());

        try (ResearchCore other = new ResearchCore(dir.resolve("other"))) {
            CodebookViewModel fresh = new CodebookViewModel(other.core.manageCodebook(), other.tasks, other.reporter);
            fresh.importFile(qdc);
            assertTrue(fresh.rows().stream().anyMatch(r -> r.name().equals("layoffs")), fresh.statusProperty().get());
        }

        model.showVersion(1);
        assertEquals(12, model.versionCodes().size());
        model.showVersion(model.history().get(0).version());
        assertEquals(13, model.versionCodes().size());
        assertTrue(rc.errors.isEmpty(), rc.errors.toString());
    }

    @Test
    void aBadImportIsReportedAndChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        model.importFile(bad);
        assertEquals(1, rc.errors.size());
        assertEquals(12, model.rows().size());
    }
}
