package org.memolens.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.memolens.domain.Codebook;
import org.memolens.domain.DeviceType;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.ToneLabel;

/**
 * Two or more memos side by side: every figure with its change from the first memo, and the words
 * that set each memo apart ({@link DistinctiveWords}).
 *
 * @param memos       the compared memos; the first is the reference for deltas
 * @param rows        every figure, in a fixed order: size, tone, impact, frames, devices, pronouns
 * @param distinctive per memo, its most distinctive words, most distinctive first
 */
public record Comparison(List<ComparedMemo> memos, List<MetricRow> rows, List<List<WeightedLogOdds.Score>> distinctive) {

    /** Words listed per memo. */
    public static final int DISTINCTIVE_WORDS = 15;

    public Comparison {
        memos = List.copyOf(memos);
        rows = List.copyOf(rows);
        distinctive = List.copyOf(distinctive);
    }

    /** Compares the memos; frame rows are named and ordered by {@code codebook}. */
    public static Comparison of(List<ComparedMemo> memos, Codebook codebook) {
        if (memos.size() < 2) {
            throw new org.memolens.domain.InvalidInputException("A comparison needs at least two memos; choose two or more.");
        }
        List<MetricRow> rows = new ArrayList<>();
        row(rows, memos, "words", "Words", MetricRow.Kind.COUNT, m -> (double) m.memo().wordCount());
        row(rows, memos, "sentences", "Sentences", MetricRow.Kind.COUNT, m -> (double) m.metrics().sentences());
        row(rows, memos, "words_per_sentence", "Words per sentence", MetricRow.Kind.DECIMAL,
                m -> m.metrics().sentences() == 0 ? null : m.memo().wordCount() / (double) m.metrics().sentences());
        row(rows, memos, "fk_grade", "Reading grade (Flesch-Kincaid)", MetricRow.Kind.DECIMAL,
                m -> m.metrics().sentences() == 0 ? null
                        : Readability.fleschKincaidGrade(m.memo().text(), m.metrics().sentences()));
        if (memos.stream().anyMatch(ComparedMemo::hasTone)) {
            row(rows, memos, "mean_tone", "Mean tone (−1 to 1)", MetricRow.Kind.SCORE,
                    m -> m.hasTone() ? m.metrics().meanTone() : null);
            for (ToneLabel label : ToneLabel.values()) {
                row(rows, memos, "tone_share." + label.code(), "Share of " + label.code() + " sentences",
                        MetricRow.Kind.SHARE, m -> m.hasTone() ? m.metrics().toneShares().get(label) : null);
            }
        }
        if (memos.stream().anyMatch(ComparedMemo::hasFraming)) {
            row(rows, memos, "harm_sentences", "Sentences that mean harm for staff", MetricRow.Kind.COUNT,
                    m -> m.hasFraming() ? (double) m.metrics().harmSentences() : null);
            row(rows, memos, "gap_sentences", "Harm worded positively or neutrally", MetricRow.Kind.COUNT,
                    m -> m.hasFraming() ? (double) m.metrics().gapSentences() : null);
            row(rows, memos, "gap_index", "Gap index (sugar-coating)", MetricRow.Kind.SHARE,
                    m -> m.hasFraming() && m.metrics().harmSentences() > 0 ? m.metrics().gapIndex() : null);
            for (String code : frameCodes(memos, codebook)) {
                String name = codebook.find(code).map(c -> c.name()).orElse(code);
                row(rows, memos, "frame." + code, "Frame: " + name, MetricRow.Kind.SHARE,
                        m -> m.hasFraming() ? m.metrics().frameShares().getOrDefault(code, 0.0) : null);
            }
            for (DeviceType type : DeviceType.values()) {
                row(rows, memos, "device." + type.name(), "Device: " + deviceName(type), MetricRow.Kind.COUNT,
                        m -> m.hasFraming() ? (double) m.metrics().deviceCounts().getOrDefault(type, 0) : null);
            }
        }
        if (memos.stream().anyMatch(m -> m.analysis().sentences().stream().anyMatch(s -> s.pronouns() != null))) {
            row(rows, memos, "pronoun.i", "“I” per 1,000 words", MetricRow.Kind.DECIMAL, m -> per1000(m, m.metrics().pronouns().i()));
            row(rows, memos, "pronoun.we", "“We” per 1,000 words", MetricRow.Kind.DECIMAL, m -> per1000(m, m.metrics().pronouns().we()));
            row(rows, memos, "pronoun.you", "“You” per 1,000 words", MetricRow.Kind.DECIMAL, m -> per1000(m, m.metrics().pronouns().you()));
        }
        List<List<WeightedLogOdds.Score>> words = DistinctiveWords.of(
                memos.stream().map(m -> m.memo().text()).toList(), DISTINCTIVE_WORDS);
        return new Comparison(memos, rows, words);
    }

    /** A device type in words: "euphemism", "agentless harm", "hedge", "booster". */
    public static String deviceName(DeviceType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Codebook codes first, in codebook order, then any other code found. */
    static List<String> frameCodes(List<ComparedMemo> memos, Codebook codebook) {
        List<String> codes = new ArrayList<>(codebook.codes().stream().map(c -> c.code()).toList());
        TreeSet<String> others = new TreeSet<>();
        for (ComparedMemo m : memos) {
            for (Map.Entry<String, Double> e : m.metrics().frameShares().entrySet()) {
                if (!codes.contains(e.getKey())) {
                    others.add(e.getKey());
                }
            }
        }
        codes.addAll(others);
        return codes;
    }

    private static Double per1000(ComparedMemo m, int count) {
        return m.memo().wordCount() == 0 ? null : count * 1000.0 / m.memo().wordCount();
    }

    private static void row(List<MetricRow> rows, List<ComparedMemo> memos, String key, String label, MetricRow.Kind kind,
            Function<ComparedMemo, Double> value) {
        rows.add(new MetricRow(key, label, kind, memos.stream().map(value).toList()));
    }

    /** Memo-level figures of each memo, in order. */
    public List<MemoMetrics> metrics() {
        return memos.stream().map(ComparedMemo::metrics).toList();
    }
}
