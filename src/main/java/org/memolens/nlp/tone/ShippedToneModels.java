package org.memolens.nlp.tone;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.memolens.nlp.ModelUnavailableException;

/** Names the shipped tone models by their content, so an analysis run records exactly which it used. */
final class ShippedToneModels {

    private ShippedToneModels() {
    }

    /** {@code tone-model.bin@<12 hex>+tone-register.bin@<12 hex>}: SHA-256 prefixes of both files. */
    static String version() {
        return "tone-model.bin@" + digest(ToneModel.SHIPPED_RESOURCE) + "+tone-register.bin@"
                + digest(RegisterModel.SHIPPED_RESOURCE);
    }

    private static String digest(String resource) {
        try (InputStream in = ShippedToneModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelUnavailableException("The tone model " + resource
                        + " is not on the class path; the installation is incomplete.");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new ModelUnavailableException("Could not read the tone model " + resource + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
