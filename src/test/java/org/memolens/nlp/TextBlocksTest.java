package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.memolens.domain.TextSpan;

class TextBlocksTest {

    private static List<String> blocks(String text) {
        return TextBlocks.of(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("First paragraph.", "Second one."), blocks("First paragraph.\n\n\nSecond one.\n"));
    }

    @Test
    void headerLinesAndListItemsAreBlocksOfTheirOwn() {
        String text = "To: All staff\nFrom: The CEO\n\nHere is what changes:\n- Fewer layers\n- Faster decisions\n1. Notice";
        assertEquals(List.of("To: All staff", "From: The CEO", "Here is what changes:", "- Fewer layers",
                "- Faster decisions", "1. Notice"), blocks(text));
    }

    @Test
    void softWrappedProseIsJoinedIntoOneBlock() {
        String text = "We have decided to reduce the number of roles across several teams in\n"
                + "the company, and we will share details with affected employees today.";
        assertEquals(1, blocks(text).size());
    }

    @Test
    void aShortHeadingBeforeACapitalisedLineIsItsOwnBlock() {
        assertEquals(List.of("What this means for you", "Starting today, teams will change."),
                blocks("What this means for you\nStarting today, teams will change."));
    }

    @Test
    void blocksAreTrimmedSpansIntoTheOriginalText() {
        String text = "  Indented line.  \n\n\tTabbed.";
        for (TextSpan span : TextBlocks.of(text)) {
            String block = span.of(text);
            assertEquals(block.strip(), block);
        }
    }
}
