package org.memolens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.SentenceAnalysis;

/**
 * The JSON form of analysed memos: a public interface that researchers' scripts read, documented
 * in the README. Fields may be added; existing ones never change meaning or disappear.
 *
 * <pre>{"memos":[{"id":1,"title":"..","author":..,"date":..,"source":..,"sha256":"..","words":..,
 *   "language":"eng","analysed":true,"run":{"id":..,"created_at":..,"components":{..}},
 *   "sentences":[{"index":0,"start":0,"end":57,"text":".."}]}]}</pre>
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private AnalysisJson() {
    }

    /** One analysed memo, as the pair that produced it. */
    public record Entry(Memo memo, MemoAnalysis analysis) {
    }

    public static String write(List<Entry> entries) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode memos = root.putArray("memos");
        for (Entry entry : entries) {
            memos.add(memo(entry.memo(), entry.analysis()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Writes the same document as {@link #write} one memo at a time, for batches too large to hold in
     * memory. Does not close the writer.
     */
    public static final class Streaming implements AutoCloseable {
        private final JsonGenerator json;

        public Streaming(Writer out) {
            try {
                json = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeArrayFieldStart("memos");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void add(Memo memo, MemoAnalysis analysis) {
            try {
                MAPPER.writeTree(json, memo(memo, analysis));
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw(System.lineSeparator());
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static ObjectNode memo(Memo memo, MemoAnalysis analysis) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", memo.id());
        node.put("title", memo.title());
        node.put("author", memo.metadata().author());
        node.put("date", memo.metadata().date() == null ? null : memo.metadata().date().toString());
        node.put("source", memo.metadata().source());
        node.put("sha256", memo.sha256());
        node.put("words", memo.wordCount());
        node.put("language", analysis.language().code());
        node.put("analysed", analysis.analysed());
        ObjectNode run = node.putObject("run");
        run.put("id", analysis.run().id());
        run.put("created_at", analysis.run().createdAt().toString());
        ObjectNode components = run.putObject("components");
        analysis.run().sortedComponents().forEach(components::put);
        ArrayNode sentences = node.putArray("sentences");
        for (SentenceAnalysis s : analysis.sentences()) {
            sentences.add(sentence(memo.text(), s));
        }
        metrics(node, analysis.sentences(), MemoMetrics.of(analysis.sentences(), memo.text().length()));
        return node;
    }

    /** Memo-level figures, for each layer that produced results. */
    private static void metrics(ObjectNode node, List<SentenceAnalysis> sentences, MemoMetrics m) {
        if (m.toneSentences() > 0) {
            ObjectNode tone = node.putObject("tone_summary");
            tone.put("mean", round(m.meanTone()));
            ObjectNode shares = tone.putObject("shares");
            m.toneShares().forEach((label, share) -> shares.put(label.code(), round(share)));
            ArrayNode arc = tone.putArray("arc");
            for (MemoMetrics.ArcPoint p : m.toneArc()) {
                ObjectNode point = arc.addObject();
                point.put("index", p.index());
                point.put("position", round(p.position()));
                point.put("score", round(p.score()));
            }
        }
        boolean framing = sentences.stream().anyMatch(s -> s.impact() != null);
        if (framing) {
            ObjectNode frames = node.putObject("frame_shares");
            m.frameShares().forEach((code, share) -> frames.put(code, round(share)));
            ObjectNode devices = node.putObject("device_counts");
            for (DeviceType type : DeviceType.values()) {
                devices.put(type.name(), m.deviceCounts().getOrDefault(type, 0));
            }
            node.put("harm_sentences", m.harmSentences());
            node.put("gap_sentences", m.gapSentences());
            node.put("gap_index", round(m.gapIndex()));
        }
        if (sentences.stream().anyMatch(s -> s.pronouns() != null)) {
            ObjectNode pronouns = node.putObject("pronouns");
            pronouns.put("i", m.pronouns().i());
            pronouns.put("we", m.pronouns().we());
            pronouns.put("you", m.pronouns().you());
        }
    }

    static ObjectNode sentence(String memoText, SentenceAnalysis s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("index", s.index());
        node.put("start", s.start());
        node.put("end", s.end());
        node.put("text", s.text(memoText));
        node.put("tokens", s.tokenCount());
        if (s.tone() != null) {
            ObjectNode tone = node.putObject("tone");
            tone.put("label", s.tone().label().code());
            tone.put("score", round(s.tone().score()));
            tone.put("confidence", round(s.tone().confidence()));
            evidence(tone.putArray("evidence"), s.tone().evidence(), true);
        }
        if (s.impact() != null) {
            ObjectNode impact = node.putObject("impact");
            impact.put("label", s.impact().label().code());
            evidence(impact.putArray("evidence"), s.impact().evidence(), false);
        }
        if (s.impact() != null || !s.frames().isEmpty() || !s.devices().isEmpty()) {
            ArrayNode frames = node.putArray("frames");
            for (FrameHit f : s.frames()) {
                ObjectNode frame = frames.addObject();
                frame.put("code", f.code());
                frame.put("score", round(f.score()));
                evidence(frame.putArray("evidence"), f.evidence(), false);
                frame.put("source", f.source().code());
            }
            ArrayNode devices = node.putArray("devices");
            for (DeviceHit d : s.devices()) {
                ObjectNode device = devices.addObject();
                device.put("type", d.type().name());
                device.put("start", d.start());
                device.put("end", d.end());
                device.put("text", d.text());
                device.put("gloss", d.gloss());
            }
        }
        if (s.pronouns() != null) {
            ObjectNode pronouns = node.putObject("pronouns");
            pronouns.put("i", s.pronouns().i());
            pronouns.put("we", s.pronouns().we());
            pronouns.put("you", s.pronouns().you());
        }
        if (s.tone() != null && s.impact() != null) {
            node.put("gap", s.gap());
        }
        return node;
    }

    private static void evidence(ArrayNode array, List<Evidence> evidence, boolean withWeight) {
        for (Evidence e : evidence) {
            ObjectNode node = array.addObject();
            node.put("text", e.text());
            node.put("start", e.start());
            node.put("end", e.end());
            if (withWeight) {
                node.put("weight", round(e.weight()));
            }
        }
    }

    /** Four decimals: enough for any analysis, and stable output for diffs. */
    static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
