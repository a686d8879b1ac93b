package org.memolens.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;

import org.memolens.domain.MemoLensException.Fix;
import org.memolens.nlp.framing.FrameModel;

/**
 * Weight tables of the shipped models. The build ({@code process-classes}, see the pom) runs
 * {@link #main} over the models copied into the class path and writes {@code NAME.bin.table} beside
 * every document categorizer model trained with L-BFGS; at run time {@link #shipped} hands out a
 * table only if it names the SHA-256 that {@code SHA256SUMS} gives for its model, so a table never
 * outlives the model it came from. Without a table, callers read the model itself.
 */
public final class ModelTables {

    static final String SUFFIX = ".table";
    /** Part name of a frame model's table of code weights. */
    public static final String FRAME_CODES = ".codes";
    /** Part name of a frame model's table of impact weights. */
    public static final String FRAME_IMPACT = ".impact";
    /** Header key: SHA-256 of the model file the table was derived from. */
    static final String SOURCE_SHA256 = "source-sha256";
    /** Header key: the model's feature generators, class names in order, comma-separated. */
    public static final String GENERATORS = "feature-generators";

    private ModelTables() {
    }

    /** Writes a table beside each suitable model in the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelTables MODEL_FOLDER");
        }
        ExtensionLoader.registerAllowedPackage("org.memolens");
        Path folder = Path.of(args[0]);
        // Only the models the sums list: a build folder may still hold files of earlier releases.
        Map<String, String> sums;
        try (var lines = Files.newBufferedReader(folder.resolve("SHA256SUMS"))) {
            sums = ModelDigests.parse(lines);
        }
        for (String name : new TreeSet<>(sums.keySet())) {
            byte[] file = Files.readAllBytes(folder.resolve(name));
            Map<String, String> source = Map.of(SOURCE_SHA256, sha256(file));
            MaxentTable table = derive(file);
            if (table != null) {
                Files.write(folder.resolve(name + SUFFIX), table.bytes());
            } else if (name.startsWith("frames-")) {
                FrameModel frames = FrameModel.read(name, Fix.INSTALLATION, new ByteArrayInputStream(file));
                if (frames.codeTable() != null) {
                    Files.write(folder.resolve(name + FRAME_CODES + SUFFIX), frames.codeTable().withHeader(source).bytes());
                }
                if (frames.impactTable() != null) {
                    Files.write(folder.resolve(name + FRAME_IMPACT + SUFFIX), frames.impactTable().withHeader(source).bytes());
                }
            }
        }
    }

    /** The table of a document categorizer model file, or null when the file is not one trained with L-BFGS. */
    static MaxentTable derive(byte[] file) throws IOException {
        DoccatModel model;
        try {
            model = new DoccatModel(new ByteArrayInputStream(file));
        } catch (InvalidFormatException | RuntimeException e) {
            // Not one categorizer model (the frame model is a zip of several, with its own reader).
            // A broken tone model gets no table and fails with its own message when it is read.
            return null;
        }
        if (!(model.getMaxentModel() instanceof QNModel qn)) {
            return null;
        }
        return MaxentTable.of(qn, Map.of(SOURCE_SHA256, sha256(file),
                GENERATORS, generatorNames(model.getFactory().getFeatureGenerators())));
    }

    /** Class names of feature generators, in order, comma-separated. */
    public static String generatorNames(FeatureGenerator... generators) {
        List<String> names = new ArrayList<>();
        for (FeatureGenerator g : generators) {
            names.add(g.getClass().getName());
        }
        return String.join(",", names);
    }

    /**
     * The table of a shipped model ({@code assets/models/FILE}), or null when the build made none or
     * the table does not belong to the model listed in {@code SHA256SUMS}.
     */
    public static MaxentTable shipped(String modelFile) {
        return shipped(modelFile, "");
    }

    /** One of the tables of a shipped model, such as {@link #FRAME_CODES}; null as for {@link #shipped(String)}. */
    public static MaxentTable shipped(String modelFile, String part) {
        String resource = "memolens/assets/models/" + modelFile + part + SUFFIX;
        try (InputStream in = ModelTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            MaxentTable table = MaxentTable.read(in);
            return derivedFrom(table, ModelDigests.sha256(modelFile)) ? table : null;
        } catch (IOException e) {
            return null; // a damaged table costs only time: the model file itself is read instead
        }
    }

    /** Whether a table was derived from the model file with this SHA-256. */
    static boolean derivedFrom(MaxentTable table, String sha256) {
        return !sha256.isEmpty() && sha256.equals(table.header(SOURCE_SHA256));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
