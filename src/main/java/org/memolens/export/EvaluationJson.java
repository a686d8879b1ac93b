package org.memolens.export;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.LabelScore;

/**
 * The JSON form of a framing evaluation ({@code memolens eval frames --format json}):
 * <pre>{"file":..,"sentences":..,"components":{..},
 *  "frames":{"labels":[{"label":..,"precision":..,"recall":..,"f1":..,"tp":..,"fp":..,"fn":..,"support":..}],
 *            "micro_f1":..,"macro_f1":..},
 *  "devices":{"labels":[..],"micro_f1":..,"macro_f1":..,"span_rule":".."},
 *  "impact":{"labels":[..],"macro_f1":..,"accuracy":..}}</pre>
 */
public final class EvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private EvaluationJson() {
    }

    public static String write(FramingEvaluation e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", e.file());
        root.put("sentences", e.sentences());
        ObjectNode components = root.putObject("components");
        new java.util.TreeMap<>(e.components()).forEach(components::put);
        group(root.putObject("frames"), e.frames(), true);
        ObjectNode devices = root.putObject("devices");
        group(devices, e.devices(), true);
        devices.put("span_rule", FramingEvaluation.SPAN_RULE);
        ObjectNode impact = root.putObject("impact");
        group(impact, e.impact(), false);
        impact.put("accuracy", AnalysisJson.round(e.impactAccuracy()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree always serialises", ex);
        }
    }

    private static void group(ObjectNode node, List<LabelScore> scores, boolean micro) {
        ArrayNode labels = node.putArray("labels");
        for (LabelScore s : scores) {
            ObjectNode l = labels.addObject();
            l.put("label", s.label());
            l.put("precision", AnalysisJson.round(s.precision()));
            l.put("recall", AnalysisJson.round(s.recall()));
            l.put("f1", AnalysisJson.round(s.f1()));
            l.put("tp", s.tp());
            l.put("fp", s.fp());
            l.put("fn", s.fn());
            l.put("support", s.support());
        }
        if (micro) {
            node.put("micro_f1", AnalysisJson.round(FramingEvaluation.microF1(scores)));
        }
        node.put("macro_f1", AnalysisJson.round(FramingEvaluation.macroF1(scores)));
    }
}
