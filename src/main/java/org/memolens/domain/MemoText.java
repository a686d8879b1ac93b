package org.memolens.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of a memo's text. Every span in MemoLens is a half-open UTF-16 offset range
 * [start, end) into this canonical text, so it is computed exactly once, before storage, and the
 * stored text never changes afterwards.
 *
 * <p>Canonical means: Unicode NFC, no byte-order mark, line breaks as {@code \n}, no trailing
 * whitespace at the end. Two imports of the same memo saved with different line endings are
 * therefore the same memo (same SHA-256).
 */
public final class MemoText {

    /** Memos larger than this are refused: a memo is a document a person reads, not a corpus. */
    public static final int MAX_CHARS = 5_000_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*");

    private MemoText() {
    }

    /** Returns the canonical text, or throws {@link InvalidInputException} if there is nothing to analyse. */
    public static String canonical(String raw) {
        if (raw == null) {
            throw new InvalidInputException("The memo text is empty.");
        }
        String text = raw;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = Normalizer.normalize(text, Normalizer.Form.NFC).stripTrailing();
        if (text.isBlank()) {
            throw new InvalidInputException("The memo text is empty or only whitespace; there is nothing to analyse.");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException(String.format(
                    "The memo is too long (%,d characters; the limit is %,d). Split it into separate memos.",
                    text.length(), MAX_CHARS));
        }
        return text;
    }

    /** Hex SHA-256 of the UTF-8 bytes of already canonical text; the identity of a memo's content. */
    public static String sha256(String canonicalText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Counts words as runs of letters or digits, keeping "don't", "co-founder" and "3.5" whole. */
    public static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
