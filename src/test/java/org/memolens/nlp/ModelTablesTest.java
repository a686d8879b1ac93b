package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that derives weight tables, and the check that a table belongs to its model. */
class ModelTablesTest {

    private static byte[] shipped(String file) throws IOException {
        try (InputStream in = ModelTablesTest.class.getClassLoader().getResourceAsStream("memolens/assets/models/" + file)) {
            assertNotNull(in, file + " is not on the class path: run the build (process-classes) first");
            return in.readAllBytes();
        }
    }

    @Test
    void theBuildStepWritesTheTablesTheShippedModelsUse(@TempDir Path dir) throws IOException {
        for (String file : new String[] {"tone-register.bin", "frames-en-3.bin", "SHA256SUMS"}) {
            Files.write(dir.resolve(file), shipped(file));
        }
        Files.write(dir.resolve("frames-en-1.bin"), new byte[] {1, 2, 3}); // an old release, not in the sums
        // The sums also list tone-model.bin; it is left out here to keep the test quick, so list only what is copied.
        String sums = Files.readString(dir.resolve("SHA256SUMS"));
        Files.writeString(dir.resolve("SHA256SUMS"), sums.lines().filter(l -> !l.endsWith("tone-model.bin"))
                .reduce("", (a, b) -> a + b + "\n"));

        ModelTables.main(new String[] {dir.toString()});

        assertArrayEquals(shipped("tone-register.bin.table"), Files.readAllBytes(dir.resolve("tone-register.bin.table")));
        assertArrayEquals(shipped("frames-en-3.bin.codes.table"),
                Files.readAllBytes(dir.resolve("frames-en-3.bin.codes.table")));
        assertArrayEquals(shipped("frames-en-3.bin.impact.table"),
                Files.readAllBytes(dir.resolve("frames-en-3.bin.impact.table")));
        assertFalse(Files.exists(dir.resolve("frames-en-1.bin.table")));
    }

    @Test
    void aTableIsUsedOnlyBesideTheModelItCameFrom() {
        MaxentTable table = ModelTables.shipped("tone-model.bin");
        assertNotNull(table, "the build derives a table from the shipped tone model");
        assertTrue(ModelTables.derivedFrom(table, ModelDigests.sha256("tone-model.bin")));
        assertFalse(ModelTables.derivedFrom(table, ModelDigests.sha256("tone-register.bin")));
        assertFalse(ModelTables.derivedFrom(table.withHeader(Map.of()), ModelDigests.sha256("tone-model.bin")));
        assertFalse(ModelTables.derivedFrom(table, ""));
    }
}
