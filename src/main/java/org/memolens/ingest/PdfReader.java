package org.memolens.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import org.memolens.domain.InvalidInputException;

/**
 * A PDF through PDFBox 3: the text layer in reading order, paragraphs separated by blank lines;
 * title and author from the document information. Password-protected PDFs, PDFs whose owner
 * forbids text extraction, PDFs of more than {@link #MAX_PAGES} pages and PDFs without a text
 * layer (scans) are refused with a message saying what to do.
 */
final class PdfReader implements DocumentReader {

    /** A memo is a few pages; a PDF this long is a report or a book, and slow to parse. */
    static final int MAX_PAGES = 200;

    @Override
    public String format() {
        return "PDF";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public long maxBytes() {
        return 50L * 1024 * 1024;
    }

    @Override
    public boolean recognises(byte[] head) {
        return new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    @Override
    public ExtractedText read(byte[] bytes, String name) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new InvalidInputException(name + " is an encrypted PDF whose owner does not allow copying its "
                        + "text. Ask for an unprotected copy, or paste the memo's text.");
            }
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new InvalidInputException(String.format("%s has %,d pages; MemoLens reads memos of up to %d "
                        + "pages. Split the document, or paste the part that is the memo.", name, pages, MAX_PAGES));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            String text = stripper.getText(doc);
            if (text.isBlank()) {
                throw new InvalidInputException(name + " has no text layer (it is probably a scanned image). "
                        + "Run it through OCR first, or paste the memo's text.");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            // The creation date in the PDF's own time zone, the best date a PDF offers; editable afterwards.
            Calendar created = info.getCreationDate();
            LocalDate date = created == null ? null
                    : LocalDate.ofInstant(created.toInstant(), created.getTimeZone().toZoneId());
            return new ExtractedText(text, info.getTitle(), info.getAuthor(), date);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException(name + " is a password-protected (encrypted) PDF. MemoLens does not open "
                    + "protected files; save an unprotected copy or paste the memo's text.", e);
        } catch (IOException e) {
            throw new InvalidInputException(name + " is damaged or not a PDF (" + e.getMessage() + "). Save it "
                    + "again from the program that made it, or paste the memo's text.", e);
        }
    }
}
