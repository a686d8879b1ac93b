package org.memolens.nlp.tone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.memolens.domain.ClassificationReport;
import org.memolens.domain.TextSpan;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/**
 * Scores a {@link ToneAnalyzer} on labelled texts. Each text is analysed whole, as one sentence, by
 * exactly the analyser the application uses.
 */
public final class ToneEvaluator {

    /** The analyser's tone for one labelled text. */
    public record Prediction(ToneExample example, Tone tone) {
    }

    /** The scores and every prediction, in input order. */
    public record Result(ClassificationReport report, List<Prediction> predictions) {
    }

    private ToneEvaluator() {
    }

    /** The labels in report order: positive, neutral, negative. */
    public static List<String> labels() {
        return Arrays.stream(ToneLabel.values()).map(ToneLabel::code).toList();
    }

    public static Result evaluate(List<ToneExample> examples, ToneAnalyzer analyzer,
            Function<String, List<TextSpan>> tokenizer) {
        int k = ToneLabel.values().length;
        int[][] confusion = new int[k][k];
        List<Prediction> predictions = new ArrayList<>(examples.size());
        for (ToneExample e : examples) {
            Tone tone = analyzer.tone(e.text(), tokenizer.apply(e.text()));
            confusion[e.label().ordinal()][tone.label().ordinal()]++;
            predictions.add(new Prediction(e, tone));
        }
        return new Result(new ClassificationReport(labels(), confusion), predictions);
    }
}
