package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    @Test
    void windowsLineEndingsAndAByteOrderMarkShiftOffsetsExactly() {
        String raw = "\uFEFFDear team,\r\nWe cut costs.\r\nThanks.  \r\n";
        CanonicalText ct = CanonicalText.of(raw);
        assertEquals("Dear team,\nWe cut costs.\nThanks.", ct.text());
        int start = raw.indexOf("We");
        int end = raw.indexOf("costs.") + 6;
        assertEquals("We cut costs.", ct.text().substring(ct.start(start), ct.end(end)));
        assertEquals(ct.text().length(), ct.end(raw.length()), "offsets past the stripped end clamp");
    }

    @Test
    void aDecomposedAccentIsComposedAndASpanEndingInsideItTakesTheWholeCharacter() {
        String raw = "Cafe\u0301 staff will move.";
        CanonicalText ct = CanonicalText.of(raw);
        assertEquals("Café staff will move.", ct.text());
        assertEquals("Café", ct.text().substring(ct.start(0), ct.end(4)), "an end inside e + accent extends over é");
        int staff = raw.indexOf("staff");
        assertEquals("staff", ct.text().substring(ct.start(staff), ct.end(staff + 5)));
    }

    @Test
    void codePointOffsetsCountAnEmojiOnce() {
        String text = "Go 🚀 now";
        int now = text.indexOf("now");
        assertEquals(6, now);
        assertEquals(5, CodePoints.fromUtf16(text, now));
        assertEquals(now, CodePoints.toUtf16(text, 5));
        assertEquals(-1, CodePoints.toUtf16(text, 99));
    }
}
