package org.memolens.domain;

import java.text.Normalizer;

/**
 * A text made canonical ({@link MemoText#canonical}) together with the way back from offsets into
 * the raw text to offsets into the canonical one, for spans that were measured on the raw text (a
 * REFI-QDA project from a tool that kept Windows line endings, say).
 *
 * <p>Removing a byte-order mark and turning CR LF into LF shift offsets exactly. Unicode
 * normalisation (NFC) may merge characters: the text is normalised in pieces that start at a
 * character below U+0300 (these never combine with what precedes them), and an offset inside a
 * piece that changed length moves to the piece's start ({@link #start}) or end ({@link #end}), so
 * a span never loses a character. Offsets past the end of the stripped text clamp to its length.
 */
public final class CanonicalText {

    private final String text;
    private final int[] pieceStartOut; // by raw offset: canonical offset of the enclosing piece's start
    private final int[] pieceEndOut;   // by raw offset: canonical offset of the enclosing piece's end
    private final int[] exact;         // by raw offset: exact canonical offset, or -1 inside a changed piece

    private CanonicalText(String text, int[] exact, int[] pieceStartOut, int[] pieceEndOut) {
        this.text = text;
        this.exact = exact;
        this.pieceStartOut = pieceStartOut;
        this.pieceEndOut = pieceEndOut;
    }

    public static CanonicalText of(String raw) {
        String expected = MemoText.canonical(raw);
        int n = raw.length();
        // Step 1: BOM and line endings, offset by offset.
        StringBuilder unified = new StringBuilder(n);
        int[] toUnified = new int[n + 1];
        int i = 0;
        if (n > 0 && raw.charAt(0) == '\uFEFF') {
            toUnified[0] = 0;
            i = 1;
        }
        for (; i < n; i++) {
            toUnified[i] = unified.length();
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                    continue; // the LF that follows stands for both
                }
                unified.append('\n');
            } else {
                unified.append(c);
            }
        }
        toUnified[n] = unified.length();
        // Step 2: NFC in pieces.
        String u = unified.toString();
        int m = u.length();
        int[] exactU = new int[m + 1];
        int[] startU = new int[m + 1];
        int[] endU = new int[m + 1];
        StringBuilder out = new StringBuilder(m);
        int pieceStart = 0;
        while (pieceStart < m) {
            int pieceEnd = pieceStart + 1;
            while (pieceEnd < m && u.charAt(pieceEnd) >= '\u0300') {
                pieceEnd++;
            }
            String piece = u.substring(pieceStart, pieceEnd);
            String normal = Normalizer.normalize(piece, Normalizer.Form.NFC);
            int outStart = out.length();
            out.append(normal);
            boolean same = normal.equals(piece);
            for (int k = pieceStart; k < pieceEnd; k++) {
                exactU[k] = same ? outStart + (k - pieceStart) : (k == pieceStart ? outStart : -1);
                startU[k] = outStart;
                endU[k] = out.length();
            }
            pieceStart = pieceEnd;
        }
        exactU[m] = out.length();
        startU[m] = out.length();
        endU[m] = out.length();
        // Step 3: trailing white space.
        String canonical = out.toString().stripTrailing();
        if (!canonical.equals(expected)) {
            throw new IllegalStateException("piecewise canonical form differs from MemoText.canonical");
        }
        int len = canonical.length();
        int[] exact = new int[n + 1];
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        for (int r = 0; r <= n; r++) {
            int k = toUnified[r];
            exact[r] = exactU[k] < 0 ? -1 : Math.min(exactU[k], len);
            starts[r] = Math.min(startU[k], len);
            ends[r] = Math.min(endU[k], len);
        }
        return new CanonicalText(canonical, exact, starts, ends);
    }

    /** The canonical text, equal to {@code MemoText.canonical(raw)}. */
    public String text() {
        return text;
    }

    /** Where a span starting at raw offset {@code raw} starts in the canonical text. */
    public int start(int raw) {
        return exact[raw] >= 0 ? exact[raw] : pieceStartOut[raw];
    }

    /** Where a span ending at raw offset {@code raw} ends in the canonical text. */
    public int end(int raw) {
        return exact[raw] >= 0 ? exact[raw] : pieceEndOut[raw];
    }
}
