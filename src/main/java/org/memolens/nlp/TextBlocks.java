package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.memolens.domain.TextSpan;

/**
 * Splits memo text into blocks that no sentence crosses: paragraphs, header lines ("To: all staff"),
 * headings and list items. The statistical sentence detector only sees running prose, where it is
 * good; layout, which it was not trained on, is decided here.
 *
 * <p>A single line break ends a block when the line before it is a header, heading or list item, or
 * ends a sentence, or when the next line starts a list item. Otherwise the break is a soft wrap
 * (e-mail text wrapped at 72 columns) and the lines are joined.
 */
final class TextBlocks {

    private static final int HEADING_MAX_CHARS = 50;

    private TextBlocks() {
    }

    static List<TextSpan> of(String text) {
        List<TextSpan> blocks = new ArrayList<>();
        List<TextSpan> lines = lines(text);
        int blockStart = -1;
        int blockEnd = -1;
        TextSpan previous = null;
        for (TextSpan line : lines) {
            if (isBlank(text, line)) {
                blockStart = flush(blocks, text, blockStart, blockEnd);
                previous = null;
                continue;
            }
            if (previous != null && endsBlock(text, previous, line)) {
                blockStart = flush(blocks, text, blockStart, blockEnd);
            }
            if (blockStart < 0) {
                blockStart = line.start();
            }
            blockEnd = line.end();
            previous = line;
        }
        flush(blocks, text, blockStart, blockEnd);
        return blocks;
    }

    private static boolean endsBlock(String text, TextSpan previous, TextSpan next) {
        String prev = text.substring(previous.start(), previous.end()).strip();
        String nextLine = text.substring(next.start(), next.end()).strip();
        if (startsListItem(nextLine) || isHeaderField(prev)) {
            return true;
        }
        char last = prev.charAt(prev.length() - 1);
        if (".!?:;\"”')".indexOf(last) >= 0) {
            return true;
        }
        // A short unpunctuated line followed by a capitalised line is a heading or a signature line;
        // a long one is prose wrapped at a fixed width, continued on the next line.
        return prev.length() <= HEADING_MAX_CHARS && Character.isUpperCase(nextLine.codePointAt(0));
    }

    // Compiled once: String.matches would compile the pattern again for every line of every memo.
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*•‣◦–—]|\\d{1,3}[.)]|[a-zA-Z][.)])\\s+.*");
    private static final Pattern HEADER_FIELD =
            Pattern.compile("^(?i)(to|from|cc|bcc|date|subject|re|title|sent|author)\\s*:.*");

    static boolean startsListItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    private static boolean isHeaderField(String line) {
        return HEADER_FIELD.matcher(line).matches();
    }

    private static int flush(List<TextSpan> blocks, String text, int start, int end) {
        if (start >= 0) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(new TextSpan(s, e));
            }
        }
        return -1;
    }

    private static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new TextSpan(start, i));
                start = i + 1;
            }
        }
        lines.add(new TextSpan(start, text.length()));
        return lines;
    }

    private static boolean isBlank(String text, TextSpan line) {
        for (int i = line.start(); i < line.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
