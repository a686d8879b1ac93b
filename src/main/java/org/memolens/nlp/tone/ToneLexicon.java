package org.memolens.nlp.tone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.memolens.nlp.ModelUnavailableException;

/**
 * The words and phrases the tone rules know: their valence (VADER's lexicon, with the team's own
 * corporate and financial entries on top) and their role (negator, booster, contrast marker, hedge,
 * business figure, movement). Entries of several words are phrases, matched longest first.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToneLexicon {

    static final String VADER_RESOURCE = "memolens/assets/lexicons/vader/vader-valence.tsv";
    static final String RULES_RESOURCE = "memolens/assets/lexicons/tone-rules.tsv";

    /**
     * How a figure's movement reads: up is good news (sales) or bad news (costs); a site (plant,
     * store) is good news when it opens and bad news when it closes.
     */
    enum Metric { NONE, GOOD, BAD, SITE }

    /**
     * A movement of a figure, a change of state towards the figure that follows ("swung to"), or the
     * closing or opening of a site.
     */
    enum Direction { NONE, UP, DOWN, TURN, CLOSE, OPEN }

    /** Which side of a contrast marker counts less. */
    enum Contrast { NONE, AFTER, BEFORE }

    /**
     * Everything known about one word or phrase. {@code valence} is NaN when the entry carries no
     * polarity of its own; {@code hedge} is the share of polarity a hedge keeps (1 when no hedge).
     * A {@code preventive} ("avoid", "prevented") is a negator of what it keeps from happening: its
     * object, or in the passive ("layoffs were avoided") its subject.
     */
    record Entry(int length, double valence, boolean gratitude, double booster, boolean negator, Contrast contrast,
            double hedge, Metric metric, Direction direction, double directionStrength, boolean preventive) {

        static final Entry EMPTY = new Entry(1, Double.NaN, false, 0, false, Contrast.NONE, 1, Metric.NONE,
                Direction.NONE, 0, false);

        boolean hasValence() {
            return !Double.isNaN(valence) && valence != 0;
        }

        Entry withLength(int n) {
            return new Entry(n, valence, gratitude, booster, negator, contrast, hedge, metric, direction, directionStrength,
                    preventive);
        }
    }

    private static volatile ToneLexicon shipped;

    private final Map<String, Entry> entries;
    /** Longest phrase starting with a given word, for words that start a phrase. */
    private final Map<String, Integer> phraseLengths;
    private final String version;

    private ToneLexicon(Map<String, Entry> entries, Map<String, Integer> phraseLengths, String version) {
        this.entries = entries;
        this.phraseLengths = phraseLengths;
        this.version = version;
    }

    /** The lexicon shipped in the MemoLens assets, read once. */
    public static ToneLexicon shipped() {
        ToneLexicon lexicon = shipped;
        if (lexicon == null) {
            synchronized (ToneLexicon.class) {
                if (shipped == null) {
                    shipped = parse(read(VADER_RESOURCE), read(RULES_RESOURCE));
                }
                lexicon = shipped;
            }
        }
        return lexicon;
    }

    /**
     * Builds a lexicon from VADER's {@code token<TAB>valence} lines and the team's
     * {@code kind<TAB>entry<TAB>value} lines; the team's entries override VADER's valences.
     */
    static ToneLexicon parse(String vader, String rules) {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : vader.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String word = ToneTokens.lower(f[0].strip());
            Entry e = entries.getOrDefault(word, Entry.EMPTY);
            entries.put(word, with(e, "valence", Double.parseDouble(f[1].strip())));
        }
        for (String line : rules.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("tone rule line needs kind<TAB>entry<TAB>value: " + line);
            }
            String phrase = ToneTokens.lower(f[1].strip());
            // The tokenizer keeps some hyphenated words whole ("pre-tax") and splits others
            // ("write - downs"): an entry with a hyphen matches both ways.
            for (String form : hyphenForms(phrase)) {
                Entry e = entries.getOrDefault(form, Entry.EMPTY);
                entries.put(form, with(e, f[0].strip(), Double.parseDouble(f[2].strip())));
            }
        }
        Map<String, Entry> sized = new HashMap<>();
        Map<String, Integer> phraseLengths = new HashMap<>();
        entries.forEach((phrase, e) -> {
            String[] words = phrase.split(" ");
            sized.put(phrase, e.withLength(words.length));
            if (words.length > 1) {
                phraseLengths.merge(words[0], words.length, Math::max);
            }
        });
        return new ToneLexicon(Map.copyOf(sized), Map.copyOf(phraseLengths), digest(vader + "\u0000" + rules));
    }

    /** The phrase, and when a hyphen joins two words in it, the form with the hyphen as a token of its own. */
    static List<String> hyphenForms(String phrase) {
        String split = phrase.replaceAll("(?<=\\p{L})-(?=\\p{L})", " - ");
        return split.equals(phrase) ? List.of(phrase) : List.of(phrase, split);
    }

    private static Entry with(Entry e, String kind, double value) {
        return switch (kind) {
            case "valence" -> new Entry(1, value, e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "gratitude" -> new Entry(1, value, true, e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "booster" -> new Entry(1, e.valence(), e.gratitude(), value, e.negator(), e.contrast(), e.hedge(),
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "dampener" -> new Entry(1, e.valence(), e.gratitude(), -value, e.negator(), e.contrast(), e.hedge(),
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "negator" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), true, e.contrast(), e.hedge(),
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "contrast-after" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), Contrast.AFTER,
                    e.hedge(), e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "contrast-before" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), Contrast.BEFORE,
                    e.hedge(), e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "hedge" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), value,
                    e.metric(), e.direction(), e.directionStrength(), e.preventive());
            case "metric-good" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(),
                    e.hedge(), Metric.GOOD, e.direction(), e.directionStrength(), e.preventive());
            case "metric-bad" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(),
                    e.hedge(), Metric.BAD, e.direction(), e.directionStrength(), e.preventive());
            case "up" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), Direction.UP, value, e.preventive());
            case "down" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), Direction.DOWN, value, e.preventive());
            case "turn" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), Direction.TURN, value, e.preventive());
            case "site" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(),
                    e.hedge(), Metric.SITE, e.direction(), e.directionStrength(), e.preventive());
            case "close" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), Direction.CLOSE, value, e.preventive());
            case "open" -> new Entry(1, e.valence(), e.gratitude(), e.booster(), e.negator(), e.contrast(), e.hedge(),
                    e.metric(), Direction.OPEN, value, e.preventive());
            case "preventive" -> new Entry(1, 0, e.gratitude(), e.booster(), true, e.contrast(), e.hedge(), e.metric(),
                    e.direction(), e.directionStrength(), true);
            default -> throw new IllegalArgumentException("unknown tone rule kind: " + kind);
        };
    }

    /**
     * The entry that starts at {@code lower[i]}: the longest phrase there, else the word itself
     * (an entry without any role when the word is unknown). Its {@code length} is in tokens.
     */
    Entry match(String[] lower, int i) {
        Integer longest = phraseLengths.get(lower[i]);
        if (longest != null) {
            for (int n = Math.min(longest, lower.length - i); n > 1; n--) {
                Entry e = entries.get(String.join(" ", java.util.Arrays.copyOfRange(lower, i, i + n)));
                if (e != null) {
                    return e;
                }
            }
        }
        Entry e = entries.get(lower[i]);
        if (e == null && lower[i].length() > 1 && lower[i].charAt(0) == '#') {
            e = entries.get(lower[i].substring(1));
        }
        return e == null ? Entry.EMPTY : e;
    }

    /** Entries whose kind matches, for tests and documentation. */
    boolean knows(String phrase) {
        return entries.containsKey(ToneTokens.lower(phrase));
    }

    /** Content hash of both lexicon files, recorded with every analysis run. */
    public String version() {
        return version;
    }

    private static String read(String resource) {
        try (InputStream in = ToneLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelUnavailableException("The tone lexicon " + resource
                        + " is not on the class path; the installation is incomplete.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelUnavailableException("Could not read the tone lexicon " + resource + ": " + e.getMessage(), e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "tone-lexicon-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static List<String> resources() {
        return List.of(VADER_RESOURCE, RULES_RESOURCE);
    }
}
