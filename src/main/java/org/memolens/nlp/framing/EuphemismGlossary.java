package org.memolens.nlp.framing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.MemoLensException.Fix;

/**
 * The euphemism glossary: softened names for harm to employees, each with a plain-language gloss.
 *
 * <pre>{"glossary":"memolens-euphemisms","version":1,"entries":[{"pattern":"role reduction",
 *   "gloss":"people will lose their jobs","category":"job_loss"}]}</pre>
 *
 * <p>A pattern is a sequence of lemmas; between two of its words up to {@link #MAX_GAP} filler words
 * may stand ("eliminate role" meets "eliminate 240 roles"). Immutable; thread-safe.
 */
public final class EuphemismGlossary {

    /** Filler words allowed between two words of a pattern: "reduce our total corporate workforce". */
    static final int MAX_GAP = 3;

    /** One glossary entry. */
    public record Entry(String pattern, String gloss, String category) {
    }

    private final String id;
    private final int version;
    private final List<Entry> entries;
    private final PatternIndex<Entry> index = new PatternIndex<>();

    private EuphemismGlossary(String id, int version, List<Entry> entries, List<TokenPattern> patterns) {
        this.id = id;
        this.version = version;
        this.entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            index.add(patterns.get(i), entries.get(i));
        }
    }

    /** "memolens-euphemisms-v2": what an analysis run records. */
    public String version() {
        return id + "-v" + version;
    }

    public List<Entry> entries() {
        return entries;
    }

    PatternIndex<Entry> index() {
        return index;
    }

    /** Reads a glossary the user chose; problems are the user's to fix. */
    public static EuphemismGlossary read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), Fix.INPUT, in);
        } catch (IOException e) {
            throw new AssetFormatException(Fix.INPUT, file.toString(), 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param file the name reported in error messages
     * @param fix  who can fix a broken file (INSTALLATION for the shipped one)
     * @throws AssetFormatException naming the line and field of the first problem
     */
    public static EuphemismGlossary read(String file, Fix fix, InputStream in) {
        LocatedJson json = LocatedJson.parse(file, fix, in);
        json.object("");
        String id = json.text("glossary");
        int version = json.positiveInt("version");
        int n = json.size("entries");
        List<Entry> entries = new ArrayList<>(n);
        List<TokenPattern> patterns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String at = "entries[" + i + "]";
            json.object(at);
            String pattern = json.text(at + ".pattern");
            if (pattern.contains("<") || pattern.matches(".*(^|\\s)\\*(\\s|$).*")) {
                throw json.error(at + ".pattern", "\"" + pattern + "\": a glossary pattern is a sequence of words, without tags or *.");
            }
            try {
                patterns.add(TokenPattern.compile(pattern, MAX_GAP));
            } catch (IllegalArgumentException e) {
                throw json.error(at + ".pattern", e.getMessage() + ".");
            }
            String category = json.optionalText(at + ".category");
            entries.add(new Entry(pattern.strip(), json.text(at + ".gloss"), category == null ? "other" : category));
        }
        return new EuphemismGlossary(id, version, entries, patterns);
    }
}
