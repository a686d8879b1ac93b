package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeImportCount;
import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Codebook;
import org.memolens.domain.InvalidInputException;
import org.memolens.store.Database;
import org.memolens.store.SqliteCodebookRepository;

class ManageCodebookTest {

    @TempDir
    Path dir;

    Database db;
    ManageCodebook codebook;

    /** A small shipped codebook; PROCEDURE has no colour, so seeding must assign one. */
    static Codebook shipped() {
        return new Codebook("memolens-frames-test", 3, List.of(
                new Code("EFFICIENCY", "efficiency and cost", "justifies change by productivity or cost", "#1F77B4", null,
                        List.of("We must do more with less.")),
                new Code("MISSION_CUSTOMER", "mission and customers", "justifies change by customers", "#d62728", null,
                        List.of()),
                new Code("CARE_SUPPORT", "care and support", "empathy, severance, help", "#2ca02c", null,
                        List.of("We will support everyone affected.")),
                new Code("PROCEDURE", "process and logistics", "timelines, notice, next steps", null, null, List.of())));
    }

    ManageCodebook open(String name) {
        db = Database.open(dir.resolve(name));
        return new ManageCodebook(new SqliteCodebookRepository(db, Clock.systemUTC()), () -> Optional.of(shipped()));
    }

    @BeforeEach
    void setUp() {
        codebook = open("cb.db");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theProjectCodebookIsSeededFromTheShippedOneOnFirstUse() {
        Codebook current = codebook.current();
        assertEquals(1, current.version());
        assertEquals(List.of("EFFICIENCY", "MISSION_CUSTOMER", "CARE_SUPPORT", "PROCEDURE"),
                current.codes().stream().map(Code::code).toList());
        Code efficiency = current.find("EFFICIENCY").orElseThrow();
        assertEquals("efficiency and cost", efficiency.name());
        assertEquals("#1f77b4", efficiency.colour(), "colours are stored lower case");
        assertEquals(List.of("We must do more with less."), efficiency.examples());
        assertTrue(current.find("PROCEDURE").orElseThrow().colour().matches("#[0-9a-f]{6}"), "a missing colour is assigned");
        assertEquals("seeded from memolens-frames-test v3", codebook.history().get(0).change());
        codebook.current();
        assertEquals(1, codebook.history().size(), "seeding happens once");
    }

    @Test
    void addRenameEditAndTheHierarchyEachMakeAVersion() {
        Code child = codebook.add("", "Cost cutting", "cuts named as savings", "", "EFFICIENCY");
        assertEquals("COST_CUTTING", child.code());
        codebook.rename("COST_CUTTING", "cost cuts");
        codebook.edit(new Code("COST_CUTTING", "cost cuts", "new definition", "#ABC", "MISSION_CUSTOMER",
                List.of(" An example. ", "")));
        Code edited = codebook.current().find("COST_CUTTING").orElseThrow();
        assertEquals("#aabbcc", edited.colour());
        assertEquals("MISSION_CUSTOMER", edited.parent());
        assertEquals(List.of("An example."), edited.examples());
        assertEquals(4, codebook.current().version());
        assertEquals("MISSION_CUSTOMER/COST_CUTTING", ManageCodebook.path(codebook.current(), "COST_CUTTING"));
        assertTrue(codebook.history().get(3).change().contains("definition"), codebook.history().get(3).change());
    }

    @Test
    void badEditsAreRefusedWithAMessageAndChangeNothing() {
        codebook.add("CHILD", "child", "", "", "EFFICIENCY");
        int version = codebook.current().version();
        assertThrows(InvalidInputException.class, () -> codebook.add("bad id", "x", "", "", null));
        assertThrows(InvalidInputException.class, () -> codebook.add("EFFICIENCY", "again", "", "", null));
        assertThrows(InvalidInputException.class, () -> codebook.add("", "x", "", "blue", null));
        assertThrows(InvalidInputException.class, () -> codebook.add("", "x", "", "", "NOPE"));
        InvalidInputException loop = assertThrows(InvalidInputException.class,
                () -> codebook.edit(new Code("EFFICIENCY", "e", "", "#000000", "CHILD", List.of())));
        assertTrue(loop.getMessage().contains("sits under"), loop.getMessage());
        assertThrows(InvalidInputException.class, () -> codebook.merge("EFFICIENCY", "CHILD"));
        assertEquals(version, codebook.current().version());
    }

    @Test
    void aQdcFromAnotherToolGetsIdentifiersFromItsNamesUnderTheirParents() throws IOException {
        Path qdc = Files.writeString(dir.resolve("other-tool.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another tool">
                  <Codes>
                    <Code guid="{8C1B2D3E-0000-4000-8000-000000000001}" name="Reasons" isCodable="true" color="#FF0000">
                      <Code guid="8c1b2d3e-0000-4000-8000-000000000002" name="Market pressure" isCodable="true"/>
                    </Code>
                    <Code guid="8c1b2d3e-0000-4000-8000-000000000003" name="efficiency and cost" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """);
        assertEquals(2, codebook.importQdc(qdc).added(), "the third matches the shipped code by name");
        Codebook current = codebook.current();
        assertEquals("#ff0000", current.find("REASONS").orElseThrow().colour());
        assertEquals("REASONS", current.find("MARKET_PRESSURE").orElseThrow().parent());
        assertEquals("8c1b2d3e-0000-4000-8000-000000000001", codebook.guids().get("REASONS"));
    }

    @Test
    void deletingIsRefusedWhileTheCodeHasNoCodingsOnlyIfTheCallerSaysSo() {
        assertEquals(0, codebook.codingCount("PROCEDURE"));
        codebook.delete("PROCEDURE", CodeDeletion.refuseIfCoded());
        assertFalse(codebook.current().find("PROCEDURE").isPresent());
        assertThrows(InvalidInputException.class, () -> CodeDeletion.moveCodingsTo(" "));
    }

    @Test
    void csvExportThenImportIntoAnotherProjectGivesTheSameCodebook() throws IOException {
        codebook.add("JOB_SECURITY", "job security, \"quoted\"", "line one\nline two", "#123456", "CARE_SUPPORT");
        Path csv = dir.resolve("codebook.csv");
        codebook.exportCsv(csv);
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("code,name,parent,colour,definition,examples"));
        Codebook before = codebook.current();
        db.close();

        ManageCodebook other = new ManageCodebook(new SqliteCodebookRepository(db = Database.open(dir.resolve("other.db")),
                Clock.systemUTC()), Optional::empty);
        assertEquals(new CodeImportCount(5, 0), other.importCsv(csv));
        assertEquals(before.codes(), other.current().codes());
        assertEquals(new CodeImportCount(0, 0), other.importCsv(csv),
                "importing the same file again changes nothing");
    }

    @Test
    void aCsvWithLooseIdentifiersAndAParentLoopIsHandled() throws IOException {
        Path csv = Files.writeString(dir.resolve("loose.csv"), "name,code,parent\nJob loss,job loss,\nFear,,JOB_LOSS\n");
        codebook.importCsv(csv);
        assertEquals("JOB_LOSS", codebook.current().find("FEAR").orElseThrow().parent());
        Path loop = Files.writeString(dir.resolve("loop.csv"), "code,name,parent\nA_CODE,a,B_CODE\nB_CODE,b,A_CODE\n");
        int version = codebook.current().version();
        assertThrows(InvalidInputException.class, () -> codebook.importCsv(loop));
        assertEquals(version, codebook.current().version());
        Path noHeader = Files.writeString(dir.resolve("bad.csv"), "just,some,cells\n");
        assertThrows(InvalidInputException.class, () -> codebook.importCsv(noHeader));
    }

    @Test
    void qdcExportThenImportIntoAnotherProjectMatchesShippedCodesByGuidAndAddsTheRest() {
        codebook.add("JOB_SECURITY", "job security", "fear for jobs", "#123456", "CARE_SUPPORT");
        Path qdc = dir.resolve("codebook.qdc");
        codebook.exportQdc(qdc);
        var guids = codebook.guids();
        db.close();

        ManageCodebook other = open("qdc.db");
        assertEquals(1, other.importQdc(qdc).added());
        Code imported = other.current().find("JOB_SECURITY").orElseThrow();
        assertEquals("job security", imported.name());
        assertEquals("fear for jobs", imported.definition());
        assertEquals("#123456", imported.colour());
        assertEquals("CARE_SUPPORT", imported.parent());
        assertEquals(guids.get("JOB_SECURITY"), other.guids().get("JOB_SECURITY"));
        assertEquals(0, other.importQdc(qdc).added(), "re-importing matches every code by GUID");
    }
}
