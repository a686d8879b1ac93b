package org.memolens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.ToneLabel;

/**
 * The rows of an export: one per unit (memo, sentence, frame hit, device span), each starting with
 * the memo's metadata so that a row stands on its own in R, Python or SPSS. Columns are documented
 * in the README; values are String, Integer, Long, Double, Boolean or null (a layer that did not run).
 */
public final class ExportRows {

    /** The memo columns every row starts with. */
    public static final List<String> MEMO_COLUMNS = List.of("memo_id", "title", "author", "date", "source", "sha256",
            "words", "language", "run_id");

    private static final List<String> MEMO_FIGURES = List.of("analysed", "run_created_at", "sentences", "tokens",
            "mean_tone", "positive_share", "neutral_share", "negative_share", "harm_sentences", "gap_sentences",
            "gap_index", "euphemisms", "agentless_harm", "hedges", "boosters", "pronoun_i", "pronoun_we", "pronoun_you",
            "frame_shares", "components");
    private static final List<String> SENTENCE_FIELDS = List.of("sentence_index", "start", "end", "tokens", "text",
            "tone", "tone_score", "tone_confidence", "impact", "gap", "frames", "devices", "pronoun_i", "pronoun_we",
            "pronoun_you");
    private static final List<String> FRAME_FIELDS = List.of("sentence_index", "code", "score", "source",
            "evidence_spans", "evidence_text");
    private static final List<String> DEVICE_FIELDS = List.of("sentence_index", "type", "start", "end", "text", "gloss");

    private ExportRows() {
    }

    public static List<String> columns(ExportUnit unit) {
        List<String> columns = new ArrayList<>(MEMO_COLUMNS);
        columns.addAll(switch (unit) {
            case MEMOS -> MEMO_FIGURES;
            case SENTENCES -> SENTENCE_FIELDS;
            case FRAMES -> FRAME_FIELDS;
            case DEVICES -> DEVICE_FIELDS;
            case CODINGS -> throw new IllegalArgumentException("codings are not rows of an analysis");
        });
        return columns;
    }

    /** The rows of one memo; {@code analysis} may be null for a memo never analysed (a memo row only). */
    public static List<List<Object>> rows(ExportUnit unit, Memo memo, MemoAnalysis analysis) {
        List<List<Object>> rows = new ArrayList<>();
        if (unit == ExportUnit.MEMOS) {
            rows.add(memoRow(memo, analysis));
            return rows;
        }
        if (analysis == null) {
            return rows;
        }
        for (SentenceAnalysis s : analysis.sentences()) {
            switch (unit) {
                case SENTENCES -> rows.add(sentenceRow(memo, analysis, s));
                case FRAMES -> s.frames().forEach(f -> rows.add(frameRow(memo, analysis, s, f)));
                case DEVICES -> s.devices().forEach(d -> rows.add(deviceRow(memo, analysis, s, d)));
                default -> throw new IllegalArgumentException(unit + " has no rows per sentence");
            }
        }
        return rows;
    }

    private static List<Object> start(Memo memo, MemoAnalysis analysis) {
        List<Object> row = new ArrayList<>();
        row.add(memo.id());
        row.add(memo.title());
        row.add(memo.metadata().author());
        row.add(memo.metadata().date() == null ? null : memo.metadata().date().toString());
        row.add(memo.metadata().source());
        row.add(memo.sha256());
        row.add(memo.wordCount());
        row.add(analysis == null ? null : analysis.language().code());
        // A run never stored (id 0, e.g. analysed inside Spark) has no run id.
        row.add(analysis == null || analysis.run().id() == 0 ? null : analysis.run().id());
        return row;
    }

    private static List<Object> memoRow(Memo memo, MemoAnalysis analysis) {
        List<Object> row = start(memo, analysis);
        if (analysis == null) {
            while (row.size() < MEMO_COLUMNS.size() + MEMO_FIGURES.size()) {
                row.add(null);
            }
            return row;
        }
        List<SentenceAnalysis> sentences = analysis.sentences();
        MemoMetrics m = MemoMetrics.of(sentences, memo.text().length());
        boolean tone = m.toneSentences() > 0;
        boolean framing = sentences.stream().anyMatch(s -> s.impact() != null);
        boolean devices = framing || sentences.stream().anyMatch(s -> !s.devices().isEmpty());
        boolean pronouns = sentences.stream().anyMatch(s -> s.pronouns() != null);
        row.add(analysis.analysed());
        row.add(analysis.run().createdAt().toString());
        row.add(sentences.size());
        row.add(sentences.stream().mapToLong(SentenceAnalysis::tokenCount).sum());
        row.add(tone ? round(m.meanTone()) : null);
        for (ToneLabel label : ToneLabel.values()) {
            row.add(tone ? round(m.toneShares().get(label)) : null);
        }
        row.add(framing ? m.harmSentences() : null);
        row.add(framing ? m.gapSentences() : null);
        row.add(framing ? round(m.gapIndex()) : null);
        for (DeviceType type : DeviceType.values()) {
            row.add(devices ? m.deviceCounts().getOrDefault(type, 0) : null);
        }
        row.add(pronouns ? m.pronouns().i() : null);
        row.add(pronouns ? m.pronouns().we() : null);
        row.add(pronouns ? m.pronouns().you() : null);
        row.add(framing ? join(m.frameShares()) : null);
        row.add(join(analysis.run().sortedComponents()));
        return row;
    }

    private static List<Object> sentenceRow(Memo memo, MemoAnalysis analysis, SentenceAnalysis s) {
        List<Object> row = start(memo, analysis);
        row.add(s.index());
        row.add(s.start());
        row.add(s.end());
        row.add(s.tokenCount());
        row.add(s.text(memo.text()));
        row.add(s.tone() == null ? null : s.tone().label().code());
        row.add(s.tone() == null ? null : round(s.tone().score()));
        row.add(s.tone() == null ? null : round(s.tone().confidence()));
        row.add(s.impact() == null ? null : s.impact().label().code());
        row.add(s.tone() != null && s.impact() != null ? s.gap() : null);
        boolean framing = s.impact() != null || !s.frames().isEmpty() || !s.devices().isEmpty();
        row.add(framing ? s.frames().stream().map(FrameHit::code).distinct().collect(Collectors.joining(";")) : null);
        row.add(framing ? s.devices().stream().map(d -> d.type().name()).collect(Collectors.joining(";")) : null);
        row.add(s.pronouns() == null ? null : s.pronouns().i());
        row.add(s.pronouns() == null ? null : s.pronouns().we());
        row.add(s.pronouns() == null ? null : s.pronouns().you());
        return row;
    }

    private static List<Object> frameRow(Memo memo, MemoAnalysis analysis, SentenceAnalysis s, FrameHit f) {
        List<Object> row = start(memo, analysis);
        row.add(s.index());
        row.add(f.code());
        row.add(round(f.score()));
        row.add(f.source().code());
        row.add(f.evidence().stream().map(e -> e.start() + "-" + e.end()).collect(Collectors.joining(";")));
        row.add(f.evidence().stream().map(Evidence::text).collect(Collectors.joining(" | ")));
        return row;
    }

    private static List<Object> deviceRow(Memo memo, MemoAnalysis analysis, SentenceAnalysis s, DeviceHit d) {
        List<Object> row = start(memo, analysis);
        row.add(s.index());
        row.add(d.type().name());
        row.add(d.start());
        row.add(d.end());
        row.add(d.text());
        row.add(d.gloss());
        return row;
    }

    private static String join(Map<String, ?> values) {
        return new java.util.TreeMap<>(values).entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d ? round(d) : e.getValue()))
                .collect(Collectors.joining(";"));
    }

    private static double round(double value) {
        return AnalysisJson.round(value);
    }
}
