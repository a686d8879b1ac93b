package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transparent side of frame detection: where a sentence meets each code's indicators. Phrases
 * and patterns are strong evidence; single lemmas are weak (they also serve as model features).
 *
 * <p>Immutable; thread-safe.
 */
final class FrameRules {

    /** Where one code's indicators matched, strong ones first. */
    record Matches(String code, List<Cue> strong, List<Cue> lemmas) {
        boolean fired() {
            return !strong.isEmpty();
        }
    }

    private final List<String> codes;
    private final PatternIndex<String> strong = new PatternIndex<>();
    private final Map<String, FrameIndicators> indicators = new LinkedHashMap<>();

    FrameRules(FrameCodebook codebook) {
        this.codes = codebook.codes();
        for (String code : codes) {
            FrameIndicators ind = codebook.indicators(code);
            indicators.put(code, ind);
            for (TokenPattern p : ind.phrases()) {
                strong.add(p, code);
            }
            for (TokenPattern p : ind.patterns()) {
                strong.add(p, code);
            }
        }
    }

    List<String> codes() {
        return codes;
    }

    /** Per code, in codebook order. */
    Map<String, Matches> match(MatchableSentence s) {
        Map<String, List<Cue>> strongHits = new LinkedHashMap<>();
        for (PatternIndex.Match<String> m : strong.findAll(s)) {
            strongHits.computeIfAbsent(m.payload(), k -> new ArrayList<>())
                    .add(new Cue("frame:" + m.payload() + ":" + m.pattern().source(), m.from(), m.to(), 1));
        }
        Map<String, Matches> result = new LinkedHashMap<>();
        for (String code : codes) {
            List<Cue> lemmas = new ArrayList<>();
            FrameIndicators ind = indicators.get(code);
            for (int i = 0; i < s.size(); i++) {
                String key = s.get(i).keyIn(ind.lemmas());
                if (key != null && s.get(i).isWord()) {
                    lemmas.add(new Cue("lemma:" + code + ":" + key, i, i, 0.5));
                }
            }
            result.put(code, new Matches(code, strongHits.getOrDefault(code, List.of()), lemmas));
        }
        return result;
    }
}
