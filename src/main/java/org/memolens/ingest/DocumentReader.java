package org.memolens.ingest;

import java.util.List;

/**
 * Reads one file format into text. {@link MemoFileReader} picks the reader by the file's extension,
 * else by its first bytes. Implementations refuse malformed or malicious files with an
 * {@link org.memolens.domain.InvalidInputException} that names the file and says what to do; they
 * never open a network connection and never resolve external entities.
 *
 * <p>Implementations are stateless and thread-safe.
 */
interface DocumentReader {

    /** The format's name for messages, e.g. "Word document". */
    String format();

    /** Lower-case extensions without the dot, e.g. "docx". */
    List<String> extensions();

    /** Larger files are refused before they are read. */
    long maxBytes();

    /** Whether the first bytes of a file (at most 8 KB) look like this format. */
    boolean recognises(byte[] head);

    /** Extracts the text; {@code name} is the file name, for messages. */
    ExtractedText read(byte[] bytes, String name);
}
