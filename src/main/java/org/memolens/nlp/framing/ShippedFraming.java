package org.memolens.nlp.framing;

import java.io.IOException;
import java.io.InputStream;

import org.memolens.domain.MemoLensException.Fix;
import org.memolens.nlp.MaxentTable;
import org.memolens.nlp.ModelTables;

/**
 * The codebook, glossary and frame model that ship with MemoLens, read from the class path, where
 * the build puts {@code assets/} under {@code memolens/assets/}. A missing or broken file is an
 * installation problem, reported with the file and the line and field where it is broken.
 */
public final class ShippedFraming {

    public static final String CODEBOOK = "memolens/assets/codebook/frames-v3.json";
    public static final String GLOSSARY = "memolens/assets/codebook/euphemisms-v2.json";
    public static final String MODEL = "memolens/assets/models/frames-en-3.bin";

    // Read once per process: the desktop, the CLI and the framing layer share them (they are immutable).
    private static FrameCodebook codebook;
    private static EuphemismGlossary glossary;

    private ShippedFraming() {
    }

    /** The shipped codebook, read on first use; a broken file throws on every call, naming where. */
    public static synchronized FrameCodebook codebook() {
        if (codebook == null) {
            codebook = readCodebook();
        }
        return codebook;
    }

    /** The shipped euphemism glossary, read on first use; a broken file throws on every call. */
    public static synchronized EuphemismGlossary glossary() {
        if (glossary == null) {
            glossary = readGlossary();
        }
        return glossary;
    }

    private static FrameCodebook readCodebook() {
        try (InputStream in = open(CODEBOOK)) {
            return FrameCodebook.read(CODEBOOK, Fix.INSTALLATION, in);
        } catch (IOException e) {
            throw unreadable(CODEBOOK, e);
        }
    }

    private static EuphemismGlossary readGlossary() {
        try (InputStream in = open(GLOSSARY)) {
            return EuphemismGlossary.read(GLOSSARY, Fix.INSTALLATION, in);
        } catch (IOException e) {
            throw unreadable(GLOSSARY, e);
        }
    }

    /** The shipped frame model, with the weight tables the build derived from it when they are there. */
    public static FrameModel model() {
        String file = MODEL.substring(MODEL.lastIndexOf('/') + 1);
        MaxentTable codes = ModelTables.shipped(file, ModelTables.FRAME_CODES);
        MaxentTable impact = ModelTables.shipped(file, ModelTables.FRAME_IMPACT);
        try (InputStream in = open(MODEL)) {
            return FrameModel.read(MODEL, Fix.INSTALLATION, in, codes, impact);
        } catch (IOException e) {
            throw unreadable(MODEL, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ShippedFraming.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new AssetFormatException(Fix.INSTALLATION, resource, 0, null,
                    "is missing from the installation (rebuild MemoLens with mvn package).", null);
        }
        return in;
    }

    private static AssetFormatException unreadable(String resource, IOException e) {
        return new AssetFormatException(Fix.INSTALLATION, resource, 0, null, "cannot be read: " + e.getMessage(), e);
    }
}
