package org.memolens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds memo files of every format for tests, with the real libraries (POI, PDFBox) or as plain
 * MIME text, so no binary fixture is committed. Shared by the ingest, app and GUI tests, and by
 * {@link SampleMemoFiles}, which builds the sample memos of assets/samples with them.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A .docx with the given core title and author and one paragraph per string. */
    public static Path docx(Path file, String title, String author, List<String> paragraphs) throws IOException {
        return docx(file, title, author, null, paragraphs);
    }

    /** As {@link #docx(Path, String, String, List)} with a fixed creation time instead of now, when not null. */
    public static Path docx(Path file, String title, String author, java.util.Date created, List<String> paragraphs)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(author);
            if (created != null) {
                doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(created));
            }
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }

    /** A PDF with the given title and author and one line of Helvetica per string, one page. */
    public static Path pdf(Path file, String title, String author, List<String> lines) throws IOException {
        try (PDDocument doc = pdfDocument(title, author, lines)) {
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A PDF laid out like a printed memo: each paragraph wrapped to the text width in 11 pt
     * Helvetica, a blank line between paragraphs, as many pages as it takes. {@code created} is
     * stored as the creation date so that the file does not depend on when it was built.
     */
    public static Path wrappedPdf(Path file, String title, String author, java.util.Calendar created,
            List<String> paragraphs) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float size = 11;
        float leading = 15;
        float width = 612 - 2 * 72;
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor(author);
            doc.getDocumentInformation().setCreationDate(created);
            // The trailer ID is otherwise seeded with the clock, so every build would differ.
            doc.setDocumentId(created.getTimeInMillis());
            List<String> lines = new java.util.ArrayList<>();
            for (String paragraph : paragraphs) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(wrap(paragraph, font, size, width));
            }
            int perPage = (int) ((792 - 2 * 72) / leading);
            for (int first = 0; first < lines.size(); first += perPage) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.setLeading(leading);
                    content.newLineAtOffset(72, 792 - 72);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** As {@link #pdf} but encrypted: a user password is needed to open it. */
    public static Path encryptedPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = pdfDocument("Secret", "Nobody", lines)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF of {@code pages} blank pages. */
    public static Path blankPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDDocument pdfDocument(String title, String author, List<String> lines) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setAuthor(author);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(16);
            content.newLineAtOffset(60, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
                content.newLine();
            }
            content.endText();
        }
        return doc;
    }

    /** An e-mail with a text/plain and a text/html alternative, or HTML only when {@code plain} is null. */
    public static Path eml(Path file, String from, String subject, String date, String plain, String html)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Return-Path: <ceo@example.com>\r\n");
        sb.append("From: ").append(from).append("\r\n");
        sb.append("To: all-staff@example.com\r\n");
        sb.append("Subject: ").append(subject).append("\r\n");
        sb.append("Date: ").append(date).append("\r\n");
        sb.append("MIME-Version: 1.0\r\n");
        sb.append("Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n");
        if (plain != null) {
            sb.append("--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
            sb.append(quotedPrintable(plain)).append("\r\n");
        }
        sb.append("--b1\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        sb.append(java.util.Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        sb.append("--b1--\r\n");
        return Files.writeString(file, sb.toString(), StandardCharsets.US_ASCII);
    }

    /** A ZIP named .docx whose document part is {@code megabytes} MB of zeros: a small zip bomb. */
    public static Path zipBombDocx(Path file, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        return Files.write(file, bytes.toByteArray());
    }

    /** A real .docx whose document part declares an external entity pointing at {@code secret}. */
    public static Path xxeDocx(Path file, Path secret) throws IOException {
        Path plain = docx(file.resolveSibling("plain-" + file.getFileName()), "T", "A", List.of("&xxe;"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                            + secret.toUri() + "\">]>").replace("&amp;xxe;", "&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
            }
        }
        Files.delete(plain);
        return Files.write(file, bytes.toByteArray());
    }

    private static String quotedPrintable(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '\r' || c == '\n' || c >= 33 && c <= 126 && c != '=' || c == ' ') {
                sb.append((char) c);
            } else {
                sb.append(String.format("=%02X", c));
            }
        }
        return sb.toString();
    }
}
