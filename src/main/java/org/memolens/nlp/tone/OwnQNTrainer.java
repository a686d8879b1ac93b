package org.memolens.nlp.tone;

import java.util.Map;

import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Base of our own maximum-entropy L-BFGS trainers: OpenNLP's {@code MAXENT_QN} parameters (L1 and L2
 * cost, memory) read the same way. Subclasses are named by class name in
 * {@link TrainingParameters#ALGORITHM_PARAM}, so OpenNLP instantiates them.
 */
abstract class OwnQNTrainer extends QNTrainer {

    protected double l1Cost;
    protected double l2Cost;
    protected int memory;

    @Override
    public void init(TrainingParameters parameters, Map<String, String> reportMap) {
        super.init(parameters, reportMap);
        l1Cost = parameters.getDoubleParameter(L1COST_PARAM, L1COST_DEFAULT);
        l2Cost = parameters.getDoubleParameter(L2COST_PARAM, L2COST_DEFAULT);
        memory = parameters.getIntParameter(M_PARAM, M_DEFAULT);
    }
}
