package org.memolens.nlp.framing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.MemoLensException.Fix;

/**
 * A frame codebook as read from its JSON file: the domain {@link Codebook} (codes, names,
 * definitions, examples, colours) plus each code's indicators for the rule detector.
 *
 * <pre>{"codebook":"memolens-frames","version":1,"codes":[{"code":"EFFICIENCY","name":"..",
 *   "definition":"..","examples":[".."],"indicators":{"lemmas":[..],"phrases":[..],"patterns":[..]},
 *   "colour":"#1f77b4"}]}</pre>
 *
 * <p>Immutable; thread-safe.
 */
public final class FrameCodebook {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Codebook codebook;
    private final Map<String, FrameIndicators> indicators;

    private FrameCodebook(Codebook codebook, Map<String, FrameIndicators> indicators) {
        this.codebook = codebook;
        this.indicators = Map.copyOf(indicators);
    }

    /** The codes with their names, definitions and colours. */
    public Codebook codebook() {
        return codebook;
    }

    /** "memolens-frames-v1": what an analysis run records. */
    public String version() {
        return codebook.id() + "-v" + codebook.version();
    }

    /** The code identifiers in codebook order. */
    public List<String> codes() {
        return codebook.codes().stream().map(Code::code).toList();
    }

    FrameIndicators indicators(String code) {
        return indicators.get(code);
    }

    /** Reads a codebook the user chose; problems are the user's to fix. */
    public static FrameCodebook read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), Fix.INPUT, in);
        } catch (IOException e) {
            throw new AssetFormatException(Fix.INPUT, file.toString(), 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a codebook from a stream.
     *
     * @param file the name reported in error messages
     * @param fix  who can fix a broken file (INSTALLATION for the shipped one)
     * @throws AssetFormatException naming the line and field of the first problem
     */
    public static FrameCodebook read(String file, Fix fix, InputStream in) {
        LocatedJson json = LocatedJson.parse(file, fix, in);
        json.object("");
        String id = json.text("codebook");
        int version = json.positiveInt("version");
        int n = json.size("codes");
        if (n == 0) {
            throw json.error("codes", "the codebook has no codes.");
        }
        List<Code> codes = new ArrayList<>();
        Map<String, FrameIndicators> indicators = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String at = "codes[" + i + "]";
            json.object(at);
            String code = json.text(at + ".code");
            if (!CODE.matcher(code).matches()) {
                throw json.error(at + ".code", "\"" + code + "\" must be upper case letters, digits and _ (e.g. EFFICIENCY).");
            }
            if (!seen.add(code)) {
                throw json.error(at + ".code", "the code " + code + " appears twice.");
            }
            String colour = json.text(at + ".colour");
            if (!COLOUR.matcher(colour).matches()) {
                throw json.error(at + ".colour", "\"" + colour + "\" is not a colour of the form #rrggbb.");
            }
            codes.add(new Code(code, json.text(at + ".name"), json.text(at + ".definition"), colour.toLowerCase(),
                    json.optionalText(at + ".parent"), json.texts(at + ".examples")));
            indicators.put(code, indicators(json, at + ".indicators", code));
        }
        for (int i = 0; i < codes.size(); i++) {
            String parent = codes.get(i).parent();
            if (parent != null && !seen.contains(parent)) {
                throw json.error("codes[" + i + "].parent", "the parent code " + parent + " is not in the codebook.");
            }
        }
        return new FrameCodebook(new Codebook(id, version, codes), indicators);
    }

    private static FrameIndicators indicators(LocatedJson json, String at, String code) {
        if (json.node(at) == null) {
            return new FrameIndicators(code, Set.of(), List.of(), List.of());
        }
        json.object(at);
        Set<String> lemmas = new HashSet<>();
        List<String> lemmaList = json.texts(at + ".lemmas");
        for (int i = 0; i < lemmaList.size(); i++) {
            String lemma = lemmaList.get(i).strip();
            if (lemma.contains(" ")) {
                throw json.error(at + ".lemmas[" + i + "]", "\"" + lemma + "\" has several words; put it under phrases.");
            }
            lemmas.add(WordForms.canonical(lemma));
        }
        return new FrameIndicators(code, lemmas, compile(json, at + ".phrases", false),
                compile(json, at + ".patterns", true));
    }

    private static List<TokenPattern> compile(LocatedJson json, String at, boolean tagsAllowed) {
        List<String> sources = json.texts(at);
        List<TokenPattern> patterns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            if (!tagsAllowed && (source.contains("<") || source.matches(".*(^|\\s)\\*(\\s|$).*"))) {
                throw json.error(at + "[" + i + "]", "\"" + source + "\": tags and * belong under patterns, not phrases.");
            }
            try {
                patterns.add(TokenPattern.compile(source, 0));
            } catch (IllegalArgumentException e) {
                throw json.error(at + "[" + i + "]", e.getMessage() + ".");
            }
        }
        return patterns;
    }
}
