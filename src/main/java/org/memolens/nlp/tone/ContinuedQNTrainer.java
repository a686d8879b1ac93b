package org.memolens.nlp.tone;

import java.util.Map;

import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.util.TrainingParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's maximum-entropy L-BFGS trainer ({@code MAXENT_QN}) that uses the iterations it is given.
 *
 * <p>OpenNLP's minimizer stops as soon as one iteration lowers the objective by less than 0.01%
 * (or its line search makes no progress). On the tone data that happened after one short step
 * while the objective was still falling by 0.1 to 1% per iteration: the shipped tone model of the
 * second release stopped at iteration 66 of 150 on the full training data, while the development
 * models of the settings study, trained on less data, ran all 150. Where training ended thus
 * depended on the data, not on the settings. After such an early stop this trainer starts L-BFGS
 * again from the point reached (with an empty curvature memory) until the iterations are used up.
 * A run that is not stopped early is the plain OpenNLP run, number for number. Deterministic; with
 * an L1 cost it is the plain OpenNLP trainer (a restart would need the L1 pseudo-gradient).
 *
 * <p>Chosen with {@code --algorithm maxent-qn-continued}; the shipped models do not use it (on
 * development data it did not beat the plain trainer: see the model card). Named by its class name
 * in {@link TrainingParameters#ALGORITHM_PARAM}; OpenNLP instantiates it.
 */
public final class ContinuedQNTrainer extends OwnQNTrainer {

    /**
     * Training parameter: stop at the first iteration whose objective (negative log-likelihood plus
     * L2 cost) divided by the number of training events is at most this; 0 (the default) never stops
     * early. Used to train on all data to the convergence a development model reached.
     */
    public static final String STOP_OBJECTIVE_PER_EVENT = "StopObjectivePerEvent";

    private static final Logger LOG = LoggerFactory.getLogger(ContinuedQNTrainer.class);

    private double stopPerEvent;
    private int maxFunctionEvaluations;

    /** For OpenNLP's trainer factory, which then calls {@link #init}. */
    public ContinuedQNTrainer() {
    }

    @Override
    public void init(TrainingParameters parameters, Map<String, String> reportMap) {
        super.init(parameters, reportMap);
        maxFunctionEvaluations = parameters.getIntParameter(MAX_FCT_EVAL_PARAM, MAX_FCT_EVAL_DEFAULT);
        stopPerEvent = parameters.getDoubleParameter(STOP_OBJECTIVE_PER_EVENT, 0);
    }

    /** OpenNLP's check insists on its own algorithm name; the costs are what matters. */
    @Override
    public void validate() {
        if (l1Cost < 0 || l2Cost < 0) {
            throw new IllegalArgumentException("L1 and L2 costs must not be negative");
        }
    }

    @Override
    public QNModel trainModel(int iterations, DataIndexer indexer) {
        if (l1Cost > 0) {
            return super.trainModel(iterations, indexer);
        }
        NegLogLikelihood likelihood = new NegLogLikelihood(indexer);
        long events = QNModels.events(indexer);
        double stopAt = stopPerEvent * events;
        Shifted first = stopAt > 0 ? new Shifted(likelihood, new double[likelihood.getDimension()], l2Cost, stopAt)
                : new Shifted(likelihood, new double[likelihood.getDimension()], 0, 0);
        double[] point;
        int done = 0;
        try {
            point = new QNMinimizer(0, stopAt > 0 ? 0 : l2Cost, iterations, memory, maxFunctionEvaluations).minimize(first);
            done = first.iterations();
            while (done < iterations) {
                Shifted again = new Shifted(likelihood, point, l2Cost, stopAt);
                double[] step = new QNMinimizer(0, 0, iterations - done, memory, maxFunctionEvaluations).minimize(again);
                done += Math.max(1, again.iterations());
                point = again.absolute(step);
            }
        } catch (Shifted.Reached reached) {
            point = reached.point;
            LOG.info("Objective per event {} reached after {} iterations: stopped", stopPerEvent, done + reached.iteration);
        }
        double objective = new Shifted(likelihood, point, l2Cost, 0).valueAt(new double[point.length]);
        LOG.info("{} events; objective {} ({} per event)", events, objective, objective / events);
        return QNModels.fromWeights(point, indexer);
    }

    /**
     * The objective seen from {@code origin}: {@code g(d) = f(origin + d) + l2 |origin + d|^2}, so that
     * a minimizer starting at {@code d = 0} continues from {@code origin}. Counts the minimizer's
     * iterations: it asks for the gradient once at the start and once after each line search.
     */
    static final class Shifted implements Function {
        private final Function function;
        private final double[] origin;
        private final double l2Cost;
        /** Stop as soon as an iteration's point has an objective at most this (0: never). */
        private final double stopAt;
        private int gradients;

        Shifted(Function function, double[] origin, double l2Cost, double stopAt) {
            this.function = function;
            this.origin = origin.clone();
            this.l2Cost = l2Cost;
            this.stopAt = stopAt;
        }

        /** Thrown out of the minimizer when the objective reached {@link #stopAt}. */
        static final class Reached extends RuntimeException {
            final transient double[] point;
            final int iteration;

            Reached(double[] point, int iteration) {
                super(null, null, false, false);
                this.point = point;
                this.iteration = iteration;
            }
        }

        @Override
        public int getDimension() {
            return function.getDimension();
        }

        @Override
        public double valueAt(double[] step) {
            double[] x = absolute(step);
            double squares = 0;
            for (double v : x) {
                squares += v * v;
            }
            return function.valueAt(x) + l2Cost * squares;
        }

        @Override
        public double[] gradientAt(double[] step) {
            gradients++;
            // The minimizer asks for the gradient once per iteration, at the point it accepted.
            if (stopAt > 0 && gradients > 1 && valueAt(step) <= stopAt) {
                throw new Reached(absolute(step), iterations());
            }
            double[] x = absolute(step);
            double[] gradient = function.gradientAt(x).clone();
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += 2 * l2Cost * x[i];
            }
            return gradient;
        }

        double[] absolute(double[] step) {
            double[] x = new double[step.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = origin[i] + step[i];
            }
            return x;
        }

        /** Iterations the minimizer ran on this function so far. */
        int iterations() {
            return Math.max(0, gradients - 1);
        }
    }
}
