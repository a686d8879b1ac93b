package org.memolens.ui.compare;

import java.util.List;

import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Scrolls text areas together: when one moves, the others move to the same relative position, so
 * the start, middle and end of memos of different lengths stay side by side.
 */
final class ScrollSync {

    private boolean syncing;

    void bind(List<StyleClassedTextArea> areas) {
        for (StyleClassedTextArea source : areas) {
            source.estimatedScrollYProperty().addListener((obs, o, y) -> {
                if (syncing) {
                    return;
                }
                syncing = true;
                try {
                    double ratio = y / Math.max(1, source.getTotalHeightEstimate() - source.getHeight());
                    for (StyleClassedTextArea target : areas) {
                        if (target != source) {
                            double range = Math.max(0, target.getTotalHeightEstimate() - target.getHeight());
                            target.estimatedScrollYProperty().setValue(Math.min(1, Math.max(0, ratio)) * range);
                        }
                    }
                } finally {
                    syncing = false;
                }
            });
        }
    }
}
