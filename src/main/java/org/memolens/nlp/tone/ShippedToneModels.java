package org.memolens.nlp.tone;

import org.memolens.nlp.ModelDigests;

/** Names the shipped tone models by their content, so an analysis run records exactly which it used. */
final class ShippedToneModels {

    private ShippedToneModels() {
    }

    /** {@code tone-model.bin@<12 hex>+tone-register.bin@<12 hex>}: SHA-256 prefixes of both files. */
    static String version() {
        return ModelDigests.version(ToneModel.FILE_NAME) + "+" + ModelDigests.version(RegisterModel.FILE_NAME);
    }
}
