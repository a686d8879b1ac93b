package org.memolens.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.memolens.domain.InvalidInputException;

/**
 * Turns the bytes of a text file into a string, detecting the encoding: a byte-order mark if there
 * is one, else UTF-8 if the bytes are valid UTF-8, else Windows-1252 (the usual encoding of text
 * saved by older Windows editors, and a superset of Latin-1 for printable text). Files that are not
 * text at all are refused.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8_192;

    private TextDecoder() {
    }

    /** The decoded text and the encoding it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw new InvalidInputException(name + " looks like a binary file, not text. MemoLens reads memos saved "
                    + "as plain text (.txt) or Markdown (.md).");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /** NUL bytes, or many control characters other than tab, line feed, carriage return and form feed. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
