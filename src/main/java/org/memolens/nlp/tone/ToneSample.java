package org.memolens.nlp.tone;

import org.memolens.domain.ToneLabel;

/** One tokenised, labelled text of a known register, for training a {@link ToneModel}. */
public record ToneSample(ToneLabel label, ToneRegister register, String[] tokens) {
}
