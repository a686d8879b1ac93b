package org.memolens.export;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
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
        return node;
    }

    static ObjectNode sentence(String memoText, SentenceAnalysis s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("index", s.index());
        node.put("start", s.start());
        node.put("end", s.end());
        node.put("text", s.text(memoText));
        node.put("tokens", s.tokenCount());
        return node;
    }
}
