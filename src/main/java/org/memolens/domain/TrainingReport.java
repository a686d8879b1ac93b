package org.memolens.domain;

import java.util.List;

/**
 * What training a frame model produced.
 *
 * @param model            the model's name
 * @param fingerprint      hash of its weights and thresholds: equal for equal models
 * @param sentences        labelled sentences it learnt from
 * @param settings         trainer settings
 * @param crossValidation  per code, counts from cross-validation by memo at the chosen thresholds
 * @param impactCrossValidation per impact class, counts from cross-validation of the impact model
 * @param written          where the model file was written
 * @param deviceCrossValidation per device type with a span model (EUPHEMISM, AGENTLESS_HARM), span
 *                         counts from cross-validation by memo at the chosen probability threshold
 */
public record TrainingReport(String model, String fingerprint, int sentences, String settings,
        List<LabelScore> crossValidation, List<LabelScore> impactCrossValidation, String written,
        List<LabelScore> deviceCrossValidation) {

    public TrainingReport {
        crossValidation = List.copyOf(crossValidation);
        impactCrossValidation = List.copyOf(impactCrossValidation);
        deviceCrossValidation = List.copyOf(deviceCrossValidation);
    }

    /** A report without device span models. */
    public TrainingReport(String model, String fingerprint, int sentences, String settings,
            List<LabelScore> crossValidation, List<LabelScore> impactCrossValidation, String written) {
        this(model, fingerprint, sentences, settings, crossValidation, impactCrossValidation, written, List.of());
    }
}
