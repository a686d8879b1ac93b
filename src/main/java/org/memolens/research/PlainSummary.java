package org.memolens.research;

import org.memolens.domain.MemoMetrics;

/** The tone-impact gap of a memo said in one plain English sentence, for reports and the CLI. */
public final class PlainSummary {

    private PlainSummary() {
    }

    /** E.g. "Of the 6 sentences that mean harm for staff, 5 are worded in a positive or neutral tone." */
    public static String gap(MemoMetrics m, boolean hasImpact) {
        if (!hasImpact) {
            return "This analysis has no workforce-impact results, so the tone-impact gap cannot be measured.";
        }
        if (m.harmSentences() == 0) {
            return "No sentence in this memo announces or implies harm for staff.";
        }
        int harm = m.harmSentences();
        if (m.gapSentences() == 0) {
            return harm == 1 ? "The one sentence that means harm for staff says so in a negative tone: no sugar-coating."
                    : String.format("All %d sentences that mean harm for staff say so in a negative tone: no sugar-coating.",
                            harm);
        }
        return String.format("Of the %d %s, %d %s worded in a positive or neutral tone (gap index %.0f%%).", harm,
                harm == 1 ? "sentence that means harm for staff" : "sentences that mean harm for staff",
                m.gapSentences(), m.gapSentences() == 1 ? "is" : "are", m.gapIndex() * 100);
    }
}
