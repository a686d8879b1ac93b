package org.memolens.nlp.tone;

import java.util.Map;

import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.util.TrainingParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximum entropy with an L2 cost, minimized by {@link Lbfgs} for exactly the iterations given, with
 * OpenNLP's model and objective (its {@link NegLogLikelihood}, its {@code L2Cost} and {@code
 * NumOfUpdates} parameters) and without OpenNLP's stop after one short step. Three variants (see
 * {@link Lbfgs.Variant}): OpenNLP's own steps ({@code --algorithm maxent-qn-nostop}), OpenNLP's steps
 * with its memory kept correctly ({@code maxent-qn-fixed}) and the usual scaled form ({@code
 * maxent-qn-fixed-scaled}). Deterministic (one thread, a fixed start at zero). Named by its class
 * name in {@link TrainingParameters#ALGORITHM_PARAM}; OpenNLP instantiates it.
 */
public final class FixedIterationQNTrainer extends OwnQNTrainer {

    /** Training parameter: the {@link Lbfgs.Variant} by name; {@code CORRECTED} if not given. */
    public static final String VARIANT = "LbfgsVariant";

    private static final Logger LOG = LoggerFactory.getLogger(FixedIterationQNTrainer.class);

    private Lbfgs.Variant variant;

    /** For OpenNLP's trainer factory, which then calls {@link #init}. */
    public FixedIterationQNTrainer() {
    }

    @Override
    public void init(TrainingParameters parameters, Map<String, String> reportMap) {
        super.init(parameters, reportMap);
        variant = Lbfgs.Variant.valueOf(parameters.getStringParameter(VARIANT, Lbfgs.Variant.CORRECTED.name()));
    }

    /** OpenNLP's check insists on its own algorithm name; an L1 cost needs another minimizer. */
    @Override
    public void validate() {
        if (l1Cost != 0 || l2Cost < 0) {
            throw new IllegalArgumentException("our L-BFGS takes an L2 cost (not negative) and no L1 cost");
        }
    }

    @Override
    public QNModel trainModel(int iterations, DataIndexer indexer) {
        NegLogLikelihood likelihood = new NegLogLikelihood(indexer);
        long events = QNModels.events(indexer);
        Lbfgs.Objective objective = new Lbfgs.Objective() {
            @Override
            public double valueAt(double[] x) {
                return likelihood.valueAt(x) + l2Cost * Lbfgs.dot(x, x);
            }

            @Override
            public double[] gradientAt(double[] x) {
                double[] gradient = likelihood.gradientAt(x).clone();
                for (int i = 0; i < gradient.length; i++) {
                    gradient[i] += 2 * l2Cost * x[i];
                }
                return gradient;
            }
        };
        Lbfgs.Result result = new Lbfgs(memory, variant).minimize(objective, new double[likelihood.getDimension()], iterations,
                (n, value) -> LOG.debug("iteration {}: objective {}", n, value));
        LOG.info("{} events; {} iterations ({}); objective {} ({} per event)", events, result.iterations(), variant,
                result.value(), result.value() / events);
        return QNModels.fromWeights(result.point(), indexer);
    }
}
