package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.Evidence;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;
import org.memolens.nlp.BoundedCache;

/**
 * One sentence prepared for matching: its tokens as units with their lookup keys. A hyphenated
 * token ("AI-enabled") is split into its parts and hyphens, so that a pattern written either way
 * meets it whichever way the tokenizer cut the word. Offsets are into the memo text.
 *
 * <p>Immutable; built once per sentence and shared by every detector.
 */
final class MatchableSentence {

    /** One unit: a token or a piece of a hyphenated token. */
    record Unit(int start, int end, String text, String lower, String pos, String lemma, String[] keys) {

        boolean is(String key) {
            for (String k : keys) {
                if (k.equals(key)) {
                    return true;
                }
            }
            return false;
        }

        boolean isAny(java.util.Set<String> lexicon) {
            for (String k : keys) {
                if (lexicon.contains(k)) {
                    return true;
                }
            }
            return false;
        }

        /** The first key found in {@code lexicon}, or null. */
        String keyIn(java.util.Set<String> lexicon) {
            for (String k : keys) {
                if (lexicon.contains(k)) {
                    return k;
                }
            }
            return null;
        }

        /** Whether the tag is {@code tag}; a joined tag such as "AUX+PART" ("cannot") has each part. */
        boolean pos(String tag) {
            return pos.equals(tag) || pos.indexOf('+') > 0 && hasPart(pos, tag);
        }

        /** Whether one of the '+'-separated parts of {@code joined} is {@code tag}, without splitting (a hot path). */
        static boolean hasPart(String joined, String tag) {
            int from = 0;
            while (from <= joined.length()) {
                int end = joined.indexOf('+', from);
                if (end < 0) {
                    end = joined.length();
                }
                if (end - from == tag.length() && joined.startsWith(tag, from)) {
                    return true;
                }
                from = end + 1;
            }
            return false;
        }

        boolean isWord() {
            return !pos.equals("PUNCT") && !pos.equals("SYM");
        }
    }

    private final String memoText;
    private final List<Unit> units;

    private MatchableSentence(String memoText, List<Unit> units) {
        this.memoText = memoText;
        this.units = List.copyOf(units);
    }

    static MatchableSentence of(String memoText, SentenceAnalysis sentence) {
        return of(memoText, sentence.tokens());
    }

    static MatchableSentence of(String memoText, List<Token> tokens) {
        List<Unit> units = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            String text = t.text();
            int hyphen = text.indexOf('-', 1);
            if (hyphen > 0 && hyphen < text.length() - 1 && text.chars().filter(Character::isLetter).count() > 2) {
                split(t, units);
            } else {
                units.add(unit(t.start(), t.end(), text, t.pos(), t.lemma()));
            }
        }
        return new MatchableSentence(memoText, units);
    }

    private static void split(Token t, List<Unit> units) {
        String text = t.text();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '-') {
                if (i > from) {
                    String part = text.substring(from, i);
                    boolean last = i == text.length();
                    // The last part carries the token's inflection, so it keeps the token's tag.
                    String pos = last ? t.pos() : "X";
                    String lemma = last && t.lemma().contains("-") ? lemmaTail(t.lemma()) : part;
                    units.add(unit(t.start() + from, t.start() + i, part, pos, lemma));
                }
                if (i < text.length()) {
                    units.add(unit(t.start() + i, t.start() + i + 1, "-", "PUNCT", "-"));
                }
                from = i + 1;
            }
        }
    }

    private static String lemmaTail(String lemma) {
        int cut = lemma.lastIndexOf('-');
        return cut < 0 ? lemma : lemma.substring(cut + 1);
    }

    private static Unit unit(int start, int end, String text, String pos, String lemma) {
        Forms forms = FORMS.get(text + '\t' + lemma, k -> new Forms(WordForms.canonical(text), WordForms.keys(text, lemma)));
        return new Unit(start, end, text, forms.lower(), pos, lemma, forms.keys());
    }

    /** A word's lookup forms; shared between sentences, so never modify {@code keys}. */
    private record Forms(String lower, String[] keys) {
    }

    // Keyed by word and lemma: the forms depend on nothing else. Sharing them also shares the keys'
    // cached hash codes, which every lexicon lookup of every rule needs.
    private static final BoundedCache<String, Forms> FORMS = new BoundedCache<>(200_000);

    List<Unit> units() {
        return units;
    }

    int size() {
        return units.size();
    }

    Unit get(int i) {
        return units.get(i);
    }

    String memoText() {
        return memoText;
    }

    /** The text from unit {@code from} to unit {@code to} inclusive, as evidence. */
    Evidence evidence(int from, int to, double weight) {
        int start = units.get(from).start();
        int end = units.get(to).end();
        return new Evidence(start, end, memoText.substring(start, end), weight);
    }
}
