package org.memolens.nlp.framing;

/**
 * A piece of a sentence that signals something: a harm or benefit for employees, a device, a
 * frame indicator. Units {@code from..to} inclusive of a {@link MatchableSentence}.
 *
 * @param kind   what it signals, e.g. "harm:job_loss", "benefit:hiring"
 * @param weight its strength; 1 for an ordinary cue
 */
record Cue(String kind, int from, int to, double weight) {

    boolean overlaps(Cue other) {
        return from <= other.to && other.from <= to;
    }
}
