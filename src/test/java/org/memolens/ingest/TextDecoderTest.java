package org.memolens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.memolens.domain.InvalidInputException;

class TextDecoderTest {

    private static final String TEXT = "Café “quotes” — naïve résumé";

    @Test
    void readsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(TEXT, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void fallsBackToWindows1252ForLegacyFiles() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(TextDecoder.WINDOWS_1252), "a.txt");
        assertEquals(TEXT, d.text());
        assertEquals(TextDecoder.WINDOWS_1252, d.charset());
    }

    @Test
    void honoursUtf16ByteOrderMarks() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(TEXT, TextDecoder.decode(bytes, "a.txt").text());
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TextDecoder.decode(png, "x.txt"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
