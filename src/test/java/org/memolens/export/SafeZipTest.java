package org.memolens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.InvalidInputException;

class SafeZipTest {

    @TempDir
    Path dir;

    static InvalidInputException refused(Path zip, SafeZip.Limits limits) {
        return assertThrows(InvalidInputException.class, () -> {
            try (SafeZip z = SafeZip.open(zip, limits, "The file test.zip")) {
                for (String name : z.names()) {
                    z.read(name);
                }
            }
        });
    }

    @Test
    void anOrdinaryArchiveIsReadEntryByEntry() throws IOException {
        Path zip = ZipFiles.of(dir.resolve("ok.zip"), Map.of("project.qde", "<Project/>", "sources/a.txt", "Text ✓"));
        try (SafeZip z = SafeZip.open(zip, SafeZip.Limits.DEFAULT, "ok")) {
            assertEquals("project.qde", z.find("PROJECT.QDE"));
            assertArrayEquals("Text ✓".getBytes(StandardCharsets.UTF_8), z.read("sources/a.txt"));
        }
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
        Path bomb = ZipFiles.bomb(dir.resolve("bomb.zip"), "project.qde", 50L << 20);
        assertTrue(Files.size(bomb) < 200_000, "50 MiB of zeros compress to very little");
        InvalidInputException e = refused(bomb, SafeZip.Limits.DEFAULT);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path many = ZipFiles.manyEntries(dir.resolve("many.zip"), 10_001);
        InvalidInputException e = refused(many, SafeZip.Limits.DEFAULT);
        assertTrue(e.getMessage().contains("more than 10000 entries"), e.getMessage());
    }

    @Test
    void entriesAndTotalsBeyondTheLimitsAreRefusedByTheBytesActuallyInflated() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("a.txt", "a".repeat(600));
        entries.put("b.txt", "b".repeat(600));
        Path zip = ZipFiles.of(dir.resolve("big.zip"), entries);
        assertTrue(refused(zip, new SafeZip.Limits(10, 500, 10_000, 1000)).getMessage().contains("larger than"));
        assertTrue(refused(zip, new SafeZip.Limits(10, 1_000, 1_000, 1000)).getMessage().contains("unpacks to more than"));
    }

    @Test
    void pathsThatLeaveTheArchiveAreRefused() throws IOException {
        for (String evil : List.of("../../home/user/.bashrc", "/etc/passwd", "sources/../../x.txt", "C:\\Windows\\x.txt",
                "sources\\..\\..\\x.txt")) {
            Path zip = ZipFiles.of(dir.resolve("slip.zip"), Map.of(evil, "x"));
            InvalidInputException e = refused(zip, SafeZip.Limits.DEFAULT);
            assertTrue(e.getMessage().contains("unsafe path"), evil + ": " + e.getMessage());
            Files.delete(zip);
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithAMessage() throws IOException {
        Path text = Files.writeString(dir.resolve("memo.qdpx"), "not a zip at all");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SafeZip.open(text, SafeZip.Limits.DEFAULT, "The file memo.qdpx"));
        assertTrue(e.getMessage().startsWith("The file memo.qdpx is not a zip archive"), e.getMessage());
    }
}
