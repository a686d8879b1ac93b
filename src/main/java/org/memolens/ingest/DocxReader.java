package org.memolens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.memolens.domain.InvalidInputException;

/**
 * A Word document (.docx) through Apache POI: paragraphs and tables in body order, numbered or
 * bulleted paragraphs as "- " items; title and author from the document properties. The package is
 * checked by {@link ZipGuard} first (zip bombs, DOCTYPE declarations); POI's own parsers also refuse
 * external entities.
 */
final class DocxReader implements DocumentReader {

    @Override
    public String format() {
        return "Word document";
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    @Override
    public long maxBytes() {
        return 50L * 1024 * 1024;
    }

    @Override
    public boolean recognises(byte[] head) {
        return head.length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/");
    }

    @Override
    public ExtractedText read(byte[] bytes, String name) {
        ZipGuard.check(bytes, name);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().strip();
                    if (!text.isEmpty()) {
                        blocks.add(p.getNumID() != null ? "- " + text : text);
                    }
                } else if (element instanceof XWPFTable table) {
                    blocks.add(table(table));
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            // The document's creation date is the best date a .docx offers; it stays editable afterwards.
            LocalDate created = core.getCreated() == null ? null : LocalDate.ofInstant(core.getCreated().toInstant(), ZoneOffset.UTC);
            return new ExtractedText(String.join("\n\n", blocks), core.getTitle(), core.getCreator(), created);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException known) {
                throw known;
            }
            throw new InvalidInputException(name + " could not be read as a Word document (" + e.getMessage()
                    + "). Open it in Word and save it again as .docx, or paste its text.", e);
        }
    }

    private static String table(XWPFTable table) {
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip().replaceAll("\\s+", " "));
            }
            rows.add(String.join(" | ", cells));
        }
        return String.join("\n", rows);
    }
}
