package org.memolens.app;

import java.nio.file.Path;
import java.util.List;

import org.memolens.domain.FramingEvaluation;
import org.memolens.domain.FramingSpeed;
import org.memolens.domain.TrainingReport;
import org.memolens.nlp.framing.FrameTrainer;
import org.memolens.nlp.framing.FramingWorkbench;

/**
 * Use cases on labelled files rather than the library: evaluate the framing analysis (frames,
 * devices, impact), train a frame model, time the framing analysis. No database is opened.
 * Models load on first use.
 */
public final class FramingTools {

    /** Trainer settings, as the command line takes them. */
    public record TrainingSettings(String algorithm, int cutoff, int iterations, double l2, int folds) {

        public static TrainingSettings defaults() {
            FrameTrainer.Settings d = FrameTrainer.Settings.DEFAULT;
            return new TrainingSettings(d.algorithm(), d.cutoff(), d.iterations(), d.l2(), d.folds());
        }
    }

    private volatile FramingWorkbench workbench;

    private FramingWorkbench workbench() {
        FramingWorkbench w = workbench;
        if (w == null) {
            synchronized (this) {
                if (workbench == null) {
                    workbench = FramingWorkbench.shipped();
                }
                w = workbench;
            }
        }
        return w;
    }

    /**
     * @param model     a frame model file, or null for the shipped model
     * @param rulesOnly detect frames by rules alone
     */
    public FramingEvaluation evaluate(Path labelled, Path model, boolean rulesOnly) {
        return workbench().evaluate(labelled, model, rulesOnly);
    }

    public TrainingReport train(List<Path> labelled, TrainingSettings settings, String name, Path out) {
        FrameTrainer.Settings s = new FrameTrainer.Settings(settings.algorithm(), settings.cutoff(),
                settings.iterations(), settings.l2(), settings.folds());
        return workbench().train(labelled, s, name, out);
    }

    /** @param model a frame model file, or null for the shipped model */
    public FramingSpeed speed(String memoText, Path model, int warmUp, int runs) {
        return workbench().speed(memoText, model, warmUp, runs);
    }
}
