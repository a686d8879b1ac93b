package org.memolens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;

/**
 * Reads a memo file into a {@link NewMemo}. The {@link DocumentReader} is chosen by the file's
 * extension (.txt, .md, .docx, .pdf, .html, .eml), else by its first bytes. Title, author and date
 * come from header lines at the top of the text if there are any, else from the format's own
 * metadata (an e-mail's subject, a document's title), else the file name is the title. Every
 * problem with the file becomes an {@link InvalidInputException} naming the file and what to do.
 *
 * <p>Stateless and thread-safe.
 */
public final class MemoFileReader {

    /** The largest file of any format; each format has its own, smaller or equal, limit. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final int SNIFF_BYTES = 8_192;
    private static final List<DocumentReader> READERS = List.of(new PlainTextReader(), new DocxReader(),
            new PdfReader(), new HtmlReader(), new EmlReader());
    /** Every extension MemoLens reads, without the dot, for file choosers and messages. */
    public static final List<String> EXTENSIONS = READERS.stream().flatMap(r -> r.extensions().stream()).toList();

    public NewMemo read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder. Give memo files (" + String.join(", ", dotted())
                    + "), for example " + file + "/*.txt.");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException("No such file: " + file);
        }
        DocumentReader reader = byExtension(extension(name)).orElseGet(() -> bySniffing(file, name));
        byte[] bytes = readBytes(file, reader);
        ExtractedText extracted = reader.read(bytes, name);
        return fromText(extracted, stripExtension(name), name);
    }

    /**
     * Builds a memo from text that may start with a header; {@code fallbackTitle} names it otherwise.
     * Also used for pasted text.
     */
    public static NewMemo fromText(String text, String fallbackTitle, String source) {
        return fromText(ExtractedText.of(text), fallbackTitle, source);
    }

    private static NewMemo fromText(ExtractedText extracted, String fallbackTitle, String source) {
        MemoHeader header = MemoHeader.parse(extracted.text());
        String title = first(header.title(), extracted.title(), fallbackTitle);
        String src = header.source() != null ? header.source() : source;
        MemoMetadata metadata = new MemoMetadata(title, first(header.author(), extracted.author()),
                header.date() != null ? header.date() : extracted.date(), src);
        if (header.body.isBlank()) {
            throw new InvalidInputException((source == null ? "The memo" : source)
                    + " is empty or only whitespace; there is nothing to analyse.");
        }
        return new NewMemo(metadata, header.body);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Optional<DocumentReader> byExtension(String extension) {
        return READERS.stream().filter(r -> r.extensions().contains(extension)).findFirst();
    }

    /** A file with an unknown or no extension: read by what its first bytes look like, text last. */
    private static DocumentReader bySniffing(Path file, String name) {
        byte[] head = head(file);
        String extension = extension(name);
        for (DocumentReader reader : READERS.subList(1, READERS.size())) {
            if (reader.recognises(head)) {
                return reader;
            }
        }
        if (extension.isEmpty() && READERS.get(0).recognises(head)) {
            return READERS.get(0);
        }
        throw new InvalidInputException(name + ": MemoLens cannot read " + (extension.isEmpty() ? "this kind of file"
                : "." + extension + " files") + ". Supported: " + String.join(", ", dotted()) + ".");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static byte[] readBytes(Path file, DocumentReader reader) {
        try {
            long size = Files.size(file);
            if (size > reader.maxBytes()) {
                throw new InvalidInputException(String.format("%s is too large (%.1f MB; the limit for a %s is %d MB). "
                        + "Split it into separate memos.", file.getFileName(), size / 1048576.0, reader.format(),
                        reader.maxBytes() / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static InvalidInputException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidInputException("No such file: " + file, e);
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidInputException("Cannot read " + file + ": permission denied.", e);
        }
        return new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static List<String> dotted() {
        return EXTENSIONS.stream().map(e -> "." + e).toList();
    }
}
