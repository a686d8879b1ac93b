package org.memolens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.NewMemo;

class MemoFileReaderTest {

    @TempDir
    Path dir;

    private final MemoFileReader reader = new MemoFileReader();

    @Test
    void takesTitleAuthorAndDateFromAHeaderAndKeepsOnlyTheBody() throws IOException {
        Path file = Files.writeString(dir.resolve("memo.txt"),
                "Title: A leaner company\nFrom: Jane Roe, CEO\nDate: October 28, 2025\nTo: All staff\n\nDear team,\n\nWe are changing.\n");
        NewMemo memo = reader.read(file);
        assertEquals("A leaner company", memo.metadata().title());
        assertEquals("Jane Roe, CEO", memo.metadata().author());
        assertEquals(LocalDate.of(2025, 10, 28), memo.metadata().date());
        assertEquals("memo.txt", memo.metadata().source());
        assertEquals("Dear team,\n\nWe are changing.", memo.text());
    }

    @Test
    void withoutAHeaderTheFileNameIsTheTitleAndTheTextIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("q3-update.txt"), "Note: this is not a header.\n\nBody.");
        NewMemo memo = reader.read(file);
        assertEquals("q3-update", memo.metadata().title());
        assertNull(memo.metadata().author());
        assertEquals("Note: this is not a header.\n\nBody.", memo.text());
    }

    @Test
    void markdownFrontMatterAndHeadingsGiveTheTitle() throws IOException {
        Path front = Files.writeString(dir.resolve("a.md"), "---\ntitle: \"Org changes\"\nauthor: HR\ndate: 2025-10-28\n---\nText.");
        assertEquals("Org changes", reader.read(front).metadata().title());
        assertEquals("HR", reader.read(front).metadata().author());
        Path heading = Files.writeString(dir.resolve("b.md"), "# Our next chapter\n\nText.");
        assertEquals("Our next chapter", reader.read(heading).metadata().title());
    }

    @Test
    void anUnparseableDateIsIgnoredNotFatal() throws IOException {
        Path file = Files.writeString(dir.resolve("m.txt"), "Title: T\nDate: sometime in spring\n\nBody.");
        assertNull(reader.read(file).metadata().date());
    }

    @Test
    void missingFileDirectoryEmptyFileAndWrongTypeGetClearMessages() throws IOException {
        assertMessage(dir.resolve("nope.txt"), "No such file");
        assertMessage(dir, "is a folder");
        assertMessage(Files.writeString(dir.resolve("empty.txt"), "  \n\t\n"), "empty");
        assertMessage(Files.writeString(dir.resolve("header-only.txt"), "Title: T\nFrom: X\n\n   "), "empty");
        assertMessage(Files.write(dir.resolve("report.xls"), new byte[] {1, 2}), "cannot read .xls");
        assertMessage(Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0}), "binary");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertMessage(big, "too large");
    }

    private void assertMessage(Path file, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
