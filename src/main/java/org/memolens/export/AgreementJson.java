package org.memolens.export;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.research.AgreementReport;
import org.memolens.research.CodeAgreement;
import org.memolens.research.Disagreement;

/**
 * The JSON form of an agreement report, a stable interface like {@link AnalysisJson}: fields are
 * only added. Statistics that are undefined for the data are {@code null}.
 *
 * <pre>{"unit":"sentence","raters":["Ann","Bob"],"codes":[..],"memos":2,"sentences":80,
 *  "overall":{..},"per_code":[{"code":"EFFICIENCY","units":80,"coded":{"Ann":5,"Bob":4},
 *  "percent_agreement":0.96,"cohen_kappa":0.71,"fleiss_kappa":0.71,"fleiss_units":80,
 *  "krippendorff_alpha":0.71}],"disagreements":[{"memo_id":1,"title":"..","sentence_index":3,
 *  "start":120,"end":190,"text":"..","codes":{"Ann":["EFFICIENCY"],"Bob":[]}}]}</pre>
 */
public final class AgreementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AgreementJson() {
    }

    public static String write(AgreementReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("unit", "sentence");
        report.raters().forEach(root.putArray("raters")::add);
        report.codes().forEach(root.putArray("codes")::add);
        root.put("memos", report.memos());
        root.put("sentences", report.sentences());
        root.set("overall", line(report.overall()));
        ArrayNode perCode = root.putArray("per_code");
        report.perCode().forEach(c -> perCode.add(line(c)));
        ArrayNode disagreements = root.putArray("disagreements");
        for (Disagreement d : report.disagreements()) {
            ObjectNode node = disagreements.addObject();
            node.put("memo_id", d.unit().memoId());
            node.put("title", d.unit().memoTitle());
            node.put("sentence_index", d.unit().index());
            node.put("start", d.unit().span().start());
            node.put("end", d.unit().span().end());
            node.put("text", d.unit().text());
            ObjectNode codes = node.putObject("codes");
            d.codesByRater().forEach((rater, set) -> {
                ArrayNode list = codes.putArray(rater);
                set.forEach(list::add);
            });
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode line(CodeAgreement c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", c.code());
        node.put("units", c.units());
        ObjectNode coded = node.putObject("coded");
        for (Map.Entry<String, Integer> e : c.coded().entrySet()) {
            coded.put(e.getKey(), e.getValue());
        }
        number(node, "percent_agreement", c.percentAgreement());
        number(node, "cohen_kappa", c.cohenKappa());
        number(node, "fleiss_kappa", c.fleissKappa());
        node.put("fleiss_units", c.fleissUnits());
        number(node, "krippendorff_alpha", c.krippendorffAlpha());
        return node;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 10_000) / 10_000.0);
        }
    }
}
