package org.memolens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.NewMemo;

/** Every supported format read from files the test builds with the real libraries, and every refusal. */
class DocumentReadersTest {

    @TempDir
    Path dir;

    private final MemoFileReader reader = new MemoFileReader();

    @Test
    void aWordDocumentGivesItsParagraphsTitleAndAuthor() throws IOException {
        Path file = Fixtures.docx(dir.resolve("update.docx"), "Q3 update", "Dana Ortiz",
                List.of("Dear team,", "We are reducing our workforce by 5 percent.", "Thank you."));
        NewMemo memo = reader.read(file);
        assertEquals("Q3 update", memo.metadata().title());
        assertEquals("Dana Ortiz", memo.metadata().author());
        assertEquals("update.docx", memo.metadata().source());
        assertEquals("Dear team,\n\nWe are reducing our workforce by 5 percent.\n\nThank you.", memo.text());
    }

    @Test
    void headerLinesInTheTextWinOverDocumentProperties() throws IOException {
        Path file = Fixtures.docx(dir.resolve("h.docx"), "Template title", "Word user",
                List.of("Title: The real title", "Body text."));
        assertEquals("The real title", reader.read(file).metadata().title());
    }

    @Test
    void aPdfGivesItsTextLayerTitleAndAuthor() throws IOException {
        Path file = Fixtures.pdf(dir.resolve("memo.pdf"), "Return to office", "Lee Park",
                List.of("Starting in January we return to the office.", "Teams will sit together again."));
        NewMemo memo = reader.read(file);
        assertEquals("Return to office", memo.metadata().title());
        assertEquals("Lee Park", memo.metadata().author());
        assertTrue(memo.text().contains("Starting in January we return to the office."), memo.text());
        assertTrue(memo.text().contains("Teams will sit together again."), memo.text());
    }

    @Test
    void anEmailTakesSubjectSenderAndDateAndPrefersThePlainPart() throws IOException {
        Path file = Fixtures.eml(dir.resolve("note.eml"), "\"Ana Ruiz\" <ana@example.com>", "A change to our teams",
                "Tue, 28 Oct 2025 23:30:00 -0700", "Dear all,\n\nWe are merging two teams — nobody loses a job.",
                "<p>HTML version</p>");
        NewMemo memo = reader.read(file);
        assertEquals("A change to our teams", memo.metadata().title());
        assertEquals("Ana Ruiz <ana@example.com>", memo.metadata().author());
        assertEquals(LocalDate.of(2025, 10, 28), memo.metadata().date(), "the sender's date, not UTC's");
        assertEquals("Dear all,\n\nWe are merging two teams — nobody loses a job.", memo.text());
    }

    @Test
    void anHtmlOnlyEmailIsReducedToItsText() throws IOException {
        Path file = Fixtures.eml(dir.resolve("html.eml"), "hr@example.com", "Benefits", "Mon, 3 Nov 2025 09:00:00 +0000",
                null, "<html><body><p>Your benefits stay the same.</p><script>track()</script></body></html>");
        NewMemo memo = reader.read(file);
        assertEquals("hr@example.com", memo.metadata().author());
        assertEquals("Your benefits stay the same.", memo.text());
    }

    @Test
    void aWebPageKeepsTheArticleAndDropsMenusScriptsAndFooters() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>Blog | Acme</title><meta name="author" content="Sam Chen">
                <meta property="article:published_time" content="2025-09-30T10:00:00Z">
                <style>p{color:red}</style><script>var x = "tracking";</script></head>
                <body><header><ul class="menu"><li>Home</li><li>Careers</li></ul></header>
                <nav>Products Pricing</nav>
                <main><h1>Our next chapter</h1><p>Today we announce   a new
                structure.</p><ul><li>Fewer layers.</li><li>Faster decisions.</li></ul>
                <div class="share-buttons">Share on social</div></main>
                <footer>© Acme. Privacy policy</footer></body></html>""";
        Path file = Files.writeString(dir.resolve("post.html"), html);
        NewMemo memo = reader.read(file);
        assertEquals("Our next chapter", memo.metadata().title());
        assertEquals("Sam Chen", memo.metadata().author());
        assertEquals(LocalDate.of(2025, 9, 30), memo.metadata().date());
        assertEquals("Our next chapter\n\nToday we announce a new structure.\n\n- Fewer layers.\n\n- Faster decisions.",
                memo.text());
    }

    @Test
    void aLatin1WebPageIsDecodedByItsDeclaredCharset() throws IOException {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 staff stay.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café staff stay.", reader.read(Files.write(dir.resolve("l.htm"), bytes)).text());
    }

    @Test
    void aFileWithoutAKnownExtensionIsReadByItsContent() throws IOException {
        Path pdf = Fixtures.pdf(dir.resolve("tmp.pdf"), "Sniffed", "X", List.of("Sniffed by content."));
        Path renamed = Files.move(pdf, dir.resolve("download"));
        assertEquals("Sniffed", reader.read(renamed).metadata().title());
    }

    @Test
    void aZipBombNamedDocxIsRefusedBeforeParsing() throws IOException {
        Path bomb = Fixtures.zipBombDocx(dir.resolve("bomb.docx"), 64);
        assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb is small packed");
        assertMessage(bomb, "zip bomb");
    }

    @Test
    void aDocxWithAnExternalEntityIsRefusedAndNothingLeaks() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PAYROLL");
        Path docx = Fixtures.xxeDocx(dir.resolve("xxe.docx"), secret);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(docx));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aDamagedDocxOrPdfGetsAClearMessage() throws IOException {
        assertMessage(Files.write(dir.resolve("broken.docx"), "not a zip at all".getBytes(StandardCharsets.UTF_8)),
                "not a Word document");
        assertMessage(Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\ngarbage".getBytes(StandardCharsets.UTF_8)),
                "damaged or not a PDF");
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        assertMessage(Fixtures.encryptedPdf(dir.resolve("locked.pdf"), List.of("Secret plans.")), "password-protected");
    }

    @Test
    void aPdfWithTooManyPagesIsRefused() throws IOException {
        assertMessage(Fixtures.blankPdf(dir.resolve("book.pdf"), PdfReader.MAX_PAGES + 1), "pages");
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws IOException {
        assertMessage(Fixtures.blankPdf(dir.resolve("scan.pdf"), 1), "no text layer");
    }

    @Test
    void aHugePdfIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            f.setLength(51L * 1024 * 1024);
        }
        assertMessage(big, "too large");
    }

    @Test
    void anEmailWithoutTextIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("img.eml"), "From: a@example.com\r\nSubject: pic\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n");
        assertMessage(file, "no text");
    }

    private void assertMessage(Path file, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
