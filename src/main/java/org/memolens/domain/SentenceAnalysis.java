package org.memolens.domain;

import java.util.List;

/**
 * One sentence of a memo and what the analysis found in it. Each analysis layer fills in its part
 * through a {@code withX} copy; a part a layer has not produced is null (tone, impact, pronouns) or
 * empty (frames, devices).
 *
 * @param index      0-based position of the sentence in the memo
 * @param start      offset of its first char in the memo text (inclusive)
 * @param end        offset after its last char (exclusive)
 * @param tokenCount number of tokens; kept when {@code tokens} is not loaded
 * @param tokens     tokens with POS and lemma; empty when reloaded from storage, since they are
 *                   recomputed deterministically from the text and the recorded model versions
 */
public record SentenceAnalysis(int index, int start, int end, int tokenCount, List<Token> tokens, Tone tone,
        Impact impact, List<FrameHit> frames, List<DeviceHit> devices, PronounCounts pronouns) {

    public SentenceAnalysis {
        tokens = List.copyOf(tokens);
        frames = List.copyOf(frames);
        devices = List.copyOf(devices);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
    }

    /** A sentence with its linguistic base only. */
    public SentenceAnalysis(int index, int start, int end, int tokenCount, List<Token> tokens) {
        this(index, start, end, tokenCount, tokens, null, null, List.of(), List.of(), null);
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }

    public String text(String memoText) {
        return memoText.substring(start, end);
    }

    /**
     * The tone-impact gap ("sugar-coating"): the sentence means harm for employees while its tone is
     * positive or neutral. Derived, never stored.
     */
    public boolean gap() {
        return impact != null && tone != null && impact.label() == ImpactLabel.HARM && tone.label() != ToneLabel.NEGATIVE;
    }

    public SentenceAnalysis withTokens(List<Token> newTokens) {
        return new SentenceAnalysis(index, start, end, tokenCount, newTokens, tone, impact, frames, devices, pronouns);
    }

    public SentenceAnalysis withTone(Tone newTone) {
        return new SentenceAnalysis(index, start, end, tokenCount, tokens, newTone, impact, frames, devices, pronouns);
    }

    public SentenceAnalysis withImpact(Impact newImpact) {
        return new SentenceAnalysis(index, start, end, tokenCount, tokens, tone, newImpact, frames, devices, pronouns);
    }

    public SentenceAnalysis withFrames(List<FrameHit> newFrames) {
        return new SentenceAnalysis(index, start, end, tokenCount, tokens, tone, impact, newFrames, devices, pronouns);
    }

    public SentenceAnalysis withDevices(List<DeviceHit> newDevices) {
        return new SentenceAnalysis(index, start, end, tokenCount, tokens, tone, impact, frames, newDevices, pronouns);
    }

    public SentenceAnalysis withPronouns(PronounCounts newPronouns) {
        return new SentenceAnalysis(index, start, end, tokenCount, tokens, tone, impact, frames, devices, newPronouns);
    }
}
