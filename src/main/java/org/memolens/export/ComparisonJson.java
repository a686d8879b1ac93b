package org.memolens.export;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;
import org.memolens.research.WeightedLogOdds;

/**
 * The JSON form of a comparison, a stable interface like {@link AnalysisJson}:
 * <pre>{"memos":[{..as AnalysisJson..}],
 *  "metrics":[{"key":"mean_tone","label":"..","values":[..],"deltas":[null,..]}],
 *  "distinctive_words":[[{"word":"..","z":..,"delta":..,"count":..,"other_count":..}],..]}</pre>
 * Values and deltas are null where a memo has no such figure; deltas are against the first memo.
 */
public final class ComparisonJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComparisonJson() {
    }

    public static String write(Comparison comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode memos = root.putArray("memos");
        for (ComparedMemo m : comparison.memos()) {
            memos.add(AnalysisJson.memo(m.memo(), m.analysis()));
        }
        ArrayNode metrics = root.putArray("metrics");
        for (MetricRow row : comparison.rows()) {
            ObjectNode node = metrics.addObject();
            node.put("key", row.key());
            node.put("label", row.label());
            ArrayNode values = node.putArray("values");
            ArrayNode deltas = node.putArray("deltas");
            for (int i = 0; i < row.values().size(); i++) {
                add(values, row.values().get(i));
                add(deltas, i == 0 ? null : row.delta(i));
            }
        }
        ArrayNode words = root.putArray("distinctive_words");
        for (List<WeightedLogOdds.Score> perMemo : comparison.distinctive()) {
            ArrayNode list = words.addArray();
            for (WeightedLogOdds.Score s : perMemo) {
                ObjectNode w = list.addObject();
                w.put("word", s.word());
                w.put("z", AnalysisJson.round(s.z()));
                w.put("delta", AnalysisJson.round(s.delta()));
                w.put("count", s.focusCount());
                w.put("other_count", s.otherCount());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void add(ArrayNode array, Double value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(AnalysisJson.round(value));
        }
    }
}
