package org.memolens.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The SHA-256 of every shipped model file, from {@code assets/models/SHA256SUMS} (the format
 * {@code sha256sum} writes). Analysis runs name shipped models by content; reading the sums instead
 * of hashing 15 MB of models keeps that off the cold start. A test checks the sums against the files.
 *
 * <p>Thread-safe.
 */
public final class ModelDigests {

    /** Where the sums live on the class path (the build copies {@code assets/} under {@code memolens/assets/}). */
    public static final String RESOURCE = "memolens/assets/models/SHA256SUMS";

    private static final Once<Map<String, String>> SUMS = new Once<>(ModelDigests::read);

    private ModelDigests() {
    }

    /** {@code file@<first 12 hex digits of its SHA-256>}, e.g. {@code tone-model.bin@74542eafdaea}. */
    public static String version(String fileName) {
        String sha = SUMS.get().get(fileName);
        if (sha == null) {
            throw new ModelUnavailableException("The shipped model " + fileName + " is not listed in " + RESOURCE
                    + "; the installation is incomplete.");
        }
        return fileName + "@" + sha.substring(0, 12);
    }

    /** The full SHA-256 (64 hex digits) of a shipped model file, or "" when it is not listed. */
    public static String sha256(String fileName) {
        return SUMS.get().getOrDefault(fileName, "");
    }

    /** Parses {@code sha256sum} output: 64 hex digits, two spaces (or space and star), the file name. */
    static Map<String, String> parse(BufferedReader lines) throws IOException {
        Map<String, String> sums = new HashMap<>();
        int number = 0;
        for (String line; (line = lines.readLine()) != null;) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64} [ *]\\S.*")) {
                throw new ModelUnavailableException(RESOURCE + " line " + number
                        + " is not '<sha256>  <file>'; the installation is broken.");
            }
            sums.put(line.substring(66).trim(), line.substring(0, 64));
        }
        return sums;
    }

    private static Map<String, String> read() {
        try (InputStream in = ModelDigests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ModelUnavailableException(RESOURCE + " is not on the class path; the installation is incomplete.");
            }
            return Map.copyOf(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))));
        } catch (IOException e) {
            throw new ModelUnavailableException("Could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
