package org.memolens.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;

/**
 * Reads a memo file into a {@link NewMemo}: decodes the text, takes title, author and date from a
 * header if the memo has one, else uses the file name as title. Every problem with the file becomes
 * an {@link InvalidInputException} naming the file and what to do.
 */
public final class MemoFileReader {

    /** Larger files are refused before reading: a memo this size is almost surely not a memo. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "text");

    public NewMemo read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder. Give memo files (" + String.join(", ", dotted())
                    + "), for example " + file + "/*.txt.");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException("No such file: " + file);
        }
        String extension = extension(name);
        if (!EXTENSIONS.contains(extension)) {
            throw new InvalidInputException(name + ": MemoLens cannot read ." + extension + " files yet. Supported: "
                    + String.join(", ", dotted()) + ".");
        }
        byte[] bytes = readBytes(file);
        String text = TextDecoder.decode(bytes, name).text();
        return fromText(text, stripExtension(name), name);
    }

    /**
     * Builds a memo from text that may start with a header; {@code fallbackTitle} names it otherwise.
     * Also used for pasted text.
     */
    public static NewMemo fromText(String text, String fallbackTitle, String source) {
        MemoHeader header = MemoHeader.parse(text);
        String title = header.title() != null ? header.title() : fallbackTitle;
        String src = header.source() != null ? header.source() : source;
        MemoMetadata metadata = new MemoMetadata(title, header.author(), header.date(), src);
        if (header.body.isBlank()) {
            throw new InvalidInputException((source == null ? "The memo" : source)
                    + " is empty or only whitespace; there is nothing to analyse.");
        }
        return new NewMemo(metadata, header.body);
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(String.format("%s is too large (%.1f MB; the limit is %d MB). "
                        + "Split it into separate memos.", file.getFileName(), size / 1048576.0, MAX_BYTES / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("No such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("Cannot read " + file + ": permission denied.", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
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
