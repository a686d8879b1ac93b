package org.memolens.export;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.domain.ClassificationReport;
import org.memolens.domain.MacroF1Interval;

/**
 * The JSON form of an evaluation, a stable interface for scripts:
 * <pre>{"n":..,"accuracy":..,"macro_f1":..,"macro_f1_interval":{"low":..,"high":..,"level":0.95,"resamples":1000},
 *  "per_class":{"positive":{"precision":..,"recall":..,"f1":..,"support":..,"predicted":..},..},
 *  "confusion":{"positive":{"positive":..,"neutral":..,"negative":..},..}}</pre>
 * Rows of {@code confusion} are gold labels, columns predicted labels. Extra top-level fields may be
 * added by the caller.
 */
public final class ClassificationReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClassificationReportJson() {
    }

    /**
     * @param about  descriptive fields put first (file, part, ...)
     * @param timing numeric fields put last (a benchmark's figures), may be empty
     */
    public static String write(ClassificationReport report, Map<String, String> about, Map<String, Number> timing) {
        return write(report, List.of(), about, timing);
    }

    /**
     * The same, with the report of each fold of a cross-validation under {@code folds} (fold 0 first):
     * {@code n}, {@code accuracy} and {@code macro_f1} of each.
     */
    public static String write(ClassificationReport report, List<ClassificationReport> folds, Map<String, String> about,
            Map<String, Number> timing) {
        ObjectNode root = MAPPER.createObjectNode();
        about.forEach(root::put);
        root.put("n", report.n());
        root.put("accuracy", AnalysisJson.round(report.accuracy()));
        root.put("macro_f1", AnalysisJson.round(report.macroF1()));
        MacroF1Interval interval = MacroF1Interval.of(report);
        ObjectNode range = root.putObject("macro_f1_interval");
        range.put("low", AnalysisJson.round(interval.low()));
        range.put("high", AnalysisJson.round(interval.high()));
        range.put("level", interval.level());
        range.put("resamples", interval.resamples());
        ObjectNode perClass = root.putObject("per_class");
        ObjectNode confusion = root.putObject("confusion");
        for (int i = 0; i < report.labels().size(); i++) {
            ObjectNode c = perClass.putObject(report.labels().get(i));
            c.put("precision", AnalysisJson.round(report.precision(i)));
            c.put("recall", AnalysisJson.round(report.recall(i)));
            c.put("f1", AnalysisJson.round(report.f1(i)));
            c.put("support", report.support(i));
            c.put("predicted", report.predicted(i));
            ObjectNode row = confusion.putObject(report.labels().get(i));
            for (int j = 0; j < report.labels().size(); j++) {
                row.put(report.labels().get(j), report.count(i, j));
            }
        }
        if (!folds.isEmpty()) {
            ArrayNode foldNodes = root.putArray("folds");
            for (int k = 0; k < folds.size(); k++) {
                ObjectNode f = foldNodes.addObject();
                f.put("fold", k);
                f.put("n", folds.get(k).n());
                f.put("accuracy", AnalysisJson.round(folds.get(k).accuracy()));
                f.put("macro_f1", AnalysisJson.round(folds.get(k).macroF1()));
            }
        }
        if (!timing.isEmpty()) {
            ObjectNode bench = root.putObject("bench");
            timing.forEach((k, v) -> {
                if (v instanceof Double d) {
                    bench.put(k, AnalysisJson.round(d));
                } else {
                    bench.put(k, v.longValue());
                }
            });
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
