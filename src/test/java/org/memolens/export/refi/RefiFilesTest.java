package org.memolens.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.InvalidInputException;
import org.memolens.export.SafeZip;
import org.memolens.export.ZipFiles;

class RefiFilesTest {

    static final String USER = "11111111-2222-4333-8444-555555555555";
    static final String CODE = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    static final String CHILD = "aaaaaaaa-bbbb-4ccc-8ddd-ffffffffffff";
    static final String SOURCE = "99999999-8888-4777-8666-555555555555";

    @TempDir
    Path dir;

    static RefiProject project() {
        String text = "Go 🚀 now. Customers first.";
        RefiProject.Coding coding = new RefiProject.Coding("00000000-0000-4000-8000-000000000001", CHILD, USER,
                Instant.parse("2026-01-02T03:04:05.123456Z"));
        RefiProject.Selection selection = new RefiProject.Selection("00000000-0000-4000-8000-000000000002", 5, 9, USER,
                coding.created(), Instant.parse("2026-01-03T00:00:00Z"), "a note & <markup>", List.of(coding));
        RefiProject.Code child = new RefiProject.Code(CHILD, "speed", "#00ff00", "", List.of());
        RefiProject.Code parent = new RefiProject.Code(CODE, "efficiency", "#1f77b4", "cost, speed", List.of(child));
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("author", "Ann Example");
        vars.put("date", "2025-07-15");
        return new RefiProject("test", List.of(new RefiProject.User(USER, "Ann")), List.of(parent),
                List.of(new RefiProject.Source(SOURCE, "Memo", text, Instant.parse("2026-01-01T00:00:00Z"), vars,
                        List.of(selection))));
    }

    @Test
    void aWrittenProjectIsValidQdaXmlAndReadsBackUnchanged() throws Exception {
        Path file = dir.resolve("p.qdpx");
        QdpxWriter.write(project(), "MemoLens test", Map.of(CODE, "EFFICIENCY"), file);

        byte[] qde;
        try (SafeZip zip = SafeZip.open(file, SafeZip.Limits.DEFAULT, "p")) {
            assertTrue(zip.names().contains("sources/" + SOURCE + ".txt"));
            qde = zip.read("project.qde");
        }
        QdaXmlShape.checkProject(qde);

        QdpxReader.Result read = QdpxReader.read(file, SafeZip.Limits.DEFAULT);
        assertEquals(project(), read.project());
        assertEquals(List.of(), read.warnings());
        assertEquals(Map.of(CODE, "EFFICIENCY"), read.codeIdentifiers());
    }

    @Test
    void aWrittenCodebookHasTheStandardShapeAndReadsBack() throws Exception {
        Path file = dir.resolve("c.qdc");
        QdcFile.write(project().codes(), "MemoLens test", file);
        QdaXmlShape.checkCodebook(Files.readAllBytes(file));
        assertEquals(project().codes(), QdcFile.read(file));
    }

    @Test
    void aProjectWithAnExternalEntityIsRefusedBeforeAnythingIsResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        Path file = ZipFiles.of(dir.resolve("xxe.qdpx"), Map.of("project.qde", xxe));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QdpxReader.read(file, SafeZip.Limits.DEFAULT));
        assertTrue(e.getMessage().contains("document type declaration (DTD)"), e.getMessage());
        assertTrue(!e.getMessage().contains("password"));
    }

    @Test
    void anEntityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path file = ZipFiles.of(dir.resolve("laughs.qdpx"), Map.of("project.qde",
                dtd + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&a9;\"/>"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QdpxReader.read(file, SafeZip.Limits.DEFAULT));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    }

    @Test
    void malformedOrForeignFilesAreRefusedWithAClearMessage() throws IOException {
        Path noQde = ZipFiles.of(dir.resolve("a.qdpx"), Map.of("sources/x.txt", "text"));
        assertTrue(assertThrows(InvalidInputException.class, () -> QdpxReader.read(noQde, SafeZip.Limits.DEFAULT))
                .getMessage().contains("has no project.qde"));
        Path broken = ZipFiles.of(dir.resolve("b.qdpx"), Map.of("project.qde", "<Project name=\"x\"><Users></Project>"));
        assertTrue(assertThrows(InvalidInputException.class, () -> QdpxReader.read(broken, SafeZip.Limits.DEFAULT))
                .getMessage().contains("not well-formed XML"));
        Path other = ZipFiles.of(dir.resolve("c.qdpx"), Map.of("project.qde", "<html/>"));
        assertTrue(assertThrows(InvalidInputException.class, () -> QdpxReader.read(other, SafeZip.Limits.DEFAULT))
                .getMessage().contains("not a REFI-QDA project"));
        Path badGuid = ZipFiles.of(dir.resolve("d.qdpx"), Map.of("project.qde",
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users><User guid=\"nope\" name=\"A\"/></Users></Project>"));
        assertTrue(assertThrows(InvalidInputException.class, () -> QdpxReader.read(badGuid, SafeZip.Limits.DEFAULT))
                .getMessage().contains("is not a GUID"));
    }

    @Test
    void whatMemoLensCannotRepresentIsListedNotDropped() throws IOException {
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
                + "<PictureSource guid=\"" + USER + "\" name=\"photo\"/>"
                + "<TextSource guid=\"" + SOURCE + "\" name=\"outside\" plainTextPath=\"C:/data/memo.txt\"/>"
                + "<TextSource guid=\"" + CODE + "\" name=\"inline\"><PlainTextContent>Hello there.</PlainTextContent>"
                + "<Coding guid=\"" + CHILD + "\"><CodeRef targetGUID=\"" + CODE + "\"/></Coding></TextSource>"
                + "</Sources></Project>";
        QdpxReader.Result read = QdpxReader.read(ZipFiles.of(dir.resolve("e.qdpx"), Map.of("project.qde", qde)),
                SafeZip.Limits.DEFAULT);
        assertEquals(1, read.project().sources().size());
        assertEquals("Hello there.", read.project().sources().get(0).text());
        assertEquals(3, read.warnings().size(), read.warnings().toString());
    }
}
