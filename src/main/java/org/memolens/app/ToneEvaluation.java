package org.memolens.app;

import java.util.List;

import org.memolens.domain.ClassificationReport;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;

/**
 * The result of scoring the tone analyser on a labelled file.
 *
 * @param report      counts and scores
 * @param predictions one per scored line, in file order
 * @param folds       for a cross-validation, the report of each fold (fold 0 first); otherwise empty
 */
public record ToneEvaluation(ClassificationReport report, List<Prediction> predictions, List<ClassificationReport> folds) {

    public ToneEvaluation {
        predictions = List.copyOf(predictions);
        folds = List.copyOf(folds);
    }

    public ToneEvaluation(ClassificationReport report, List<Prediction> predictions) {
        this(report, predictions, List.of());
    }

    /** The analyser's tone for one labelled line. */
    public record Prediction(ToneLabel gold, String text, Tone tone) {
    }
}
