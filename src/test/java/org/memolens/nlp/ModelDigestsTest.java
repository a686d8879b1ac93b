package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ModelDigestsTest {

    private static final Path MODELS = Path.of("assets", "models");

    @Test
    void sumsMatchEveryShippedModelFile() throws Exception {
        Map<String, String> sums;
        try (BufferedReader in = Files.newBufferedReader(MODELS.resolve("SHA256SUMS"))) {
            sums = ModelDigests.parse(in);
        }
        List<Path> models;
        try (Stream<Path> files = Files.list(MODELS)) {
            models = files.filter(f -> f.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
        assertTrue(models.size() >= 3, "the shipped models are in assets/models");
        for (Path model : models) {
            String name = model.getFileName().toString();
            assertEquals(sha256(model), sums.get(name), name + ": after retraining a model, run"
                    + " (cd assets/models && sha256sum *.bin > SHA256SUMS)");
        }
        assertEquals(models.size(), sums.size(), "SHA256SUMS lists only files that exist");
    }

    @Test
    void versionNamesTheFileAndADigestPrefix() {
        assertTrue(ModelDigests.version("tone-model.bin").matches("tone-model\\.bin@[0-9a-f]{12}"));
    }

    @Test
    void anUnlistedModelIsAnInstallationProblem() {
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> ModelDigests.version("no-such-model.bin"));
        assertTrue(e.getMessage().contains("no-such-model.bin"));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> ModelDigests.parse(new BufferedReader(new StringReader("\nnot a sum\n"))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
