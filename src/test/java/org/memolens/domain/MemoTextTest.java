package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemoTextTest {

    @Test
    void lineEndingsAndByteOrderMarkDoNotChangeTheIdentityOfAMemo() {
        String unix = MemoText.canonical("We are changing.\nThank you.");
        String windows = MemoText.canonical("\uFEFFWe are changing.\r\nThank you.\r\n\r\n");
        assertEquals(unix, windows);
        assertEquals(MemoText.sha256(unix), MemoText.sha256(windows));
    }

    @Test
    void differentTextsHaveDifferentHashes() {
        assertNotEquals(MemoText.sha256("a"), MemoText.sha256("b"));
        assertEquals(64, MemoText.sha256("a").length());
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameText() {
        assertEquals(MemoText.canonical("caf\u00e9"), MemoText.canonical("cafe\u0301"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t\r\n", "\uFEFF  "})
    void emptyOrWhitespaceTextIsRefusedWithAClearMessage(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MemoText.canonical(text));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void nullTextIsRefused() {
        assertThrows(InvalidInputException.class, () -> MemoText.canonical(null));
    }

    @Test
    void tooLongTextIsRefused() {
        String huge = "a".repeat(MemoText.MAX_CHARS + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MemoText.canonical(huge));
        assertTrue(e.getMessage().contains("too long"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We will reduce our workforce.|5",
        "Don't panic: the co-founder said 3.5% of roles.|8",
        "— … !|0",
        "Ünïcödé wörds cöunt|3"})
    void wordsAreRunsOfLettersAndDigits(String text, int words) {
        assertEquals(words, MemoText.wordCount(text));
    }
}
