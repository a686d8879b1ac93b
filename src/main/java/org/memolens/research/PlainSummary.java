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
        if (m.gapSentences() == 0) {
            return String.format("All %d sentences that mean harm for staff say so in a negative tone: "
                    + "no sugar-coating.", m.harmSentences());
        }
        return String.format("Of the %d sentence%s that mean harm for staff, %d %s worded in a positive or neutral "
                + "tone (gap index %.0f%%).", m.harmSentences(), m.harmSentences() == 1 ? "" : "s", m.gapSentences(),
                m.gapSentences() == 1 ? "is" : "are", m.gapIndex() * 100);
    }
}
