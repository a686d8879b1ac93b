package org.memolens.nlp.framing;

import java.util.Set;

import org.memolens.domain.PronounCounts;

/** Pronoun stance: I, we and you in all their case forms (see {@link PronounCounts}). */
final class PronounCounter {

    private static final Set<String> I = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> WE = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> YOU = Set.of("you", "your", "yours", "yourself", "yourselves");

    private PronounCounter() {
    }

    static PronounCounts count(MatchableSentence s) {
        int i = 0;
        int we = 0;
        int you = 0;
        for (MatchableSentence.Unit u : s.units()) {
            String w = u.lower();
            if (I.contains(w) && !(w.equals("i") && u.pos("NUM"))) {
                i++;
            } else if (WE.contains(w) && !u.text().equals("US")) {
                we++;
            } else if (YOU.contains(w)) {
                you++;
            }
        }
        return new PronounCounts(i, we, you);
    }
}
