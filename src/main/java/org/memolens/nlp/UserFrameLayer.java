package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.memolens.domain.ModelChoice;
import org.memolens.domain.SentenceAnalysis;

/**
 * The frames layer when a user model was chosen: the sentences' frames become the user model's
 * hits, replacing those of the shipped frame detector, so that a run's frames come from one model
 * (the one its components name). Thread-safe.
 */
final class UserFrameLayer implements SentenceLayer {

    private final ModelChoice choice;
    private final UserFrameModel model;

    UserFrameLayer(ModelChoice choice, UserFrameModel model) {
        this.choice = choice;
        this.model = model;
    }

    @Override
    public Map<String, String> components() {
        return Map.of(ModelChoice.COMPONENT, choice.component());
    }

    @Override
    public List<SentenceAnalysis> apply(String memoText, List<SentenceAnalysis> sentences) {
        List<SentenceAnalysis> result = new ArrayList<>(sentences.size());
        for (SentenceAnalysis s : sentences) {
            result.add(s.withFrames(model.hits(memoText, s.span())));
        }
        return result;
    }
}
