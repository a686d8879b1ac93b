package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;

import org.memolens.nlp.tone.ToneLayer;

/**
 * The analysis layers MemoLens ships, in the order they run. A new layer is added here, once;
 * the analyzer, the CLI and the desktop all pick it up.
 */
final class ShippedLayers {

    private ShippedLayers() {
    }

    static List<SentenceLayer> create(NlpModels models) {
        List<SentenceLayer> layers = new ArrayList<>();
        // Tone first: the framing layer's gap needs it, and the order is the order of the evidence.
        layers.add(ToneLayer.shipped());
        layers.add(org.memolens.nlp.framing.FramingLayer.shipped());
        return layers;
    }
}
