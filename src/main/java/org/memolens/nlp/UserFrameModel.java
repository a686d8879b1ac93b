package org.memolens.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ext.ExtensionLoader;

import org.memolens.domain.DetectorSource;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.MemoLensException;
import org.memolens.domain.TextSpan;

/**
 * A frame model trained from a project's codings: one yes/no OpenNLP document categorizer
 * (maxent) per code, each deciding alone whether a sentence carries its code (one-vs-rest, so a
 * sentence may carry several codes or none). Stored as one zip file: a properties manifest and one
 * OpenNLP model per code.
 *
 * <p>Immutable and thread-safe: the OpenNLP models are shared, categorizers are made per call.
 */
public final class UserFrameModel {

    static final String YES = "yes";
    static final String NO = "no";
    private static final String MANIFEST = "memolens-frame-model.properties";
    private static final long MAX_FILE_BYTES = 512L << 20;
    private static final int MAX_EVIDENCE = 3;

    static {
        // OpenNLP recreates feature generators by class name only from packages it was told to trust.
        ExtensionLoader.registerAllowedPackage(BigramFeatureGenerator.class.getPackageName());
    }

    private final String name;
    private final double threshold;
    private final Map<String, DoccatModel> models;

    UserFrameModel(String name, double threshold, Map<String, DoccatModel> models) {
        this.name = name;
        this.threshold = threshold;
        this.models = new LinkedHashMap<>(models);
    }

    public String name() {
        return name;
    }

    /** The codes this model can find, in training order. */
    public List<String> codes() {
        return List.copyOf(models.keySet());
    }

    /** For each code, the probability that the sentence carries it. */
    public Map<String, Double> probabilities(String sentence) {
        String[] tokens = FrameFeatures.tokens(sentence);
        Map<String, Double> result = new LinkedHashMap<>();
        for (Map.Entry<String, DoccatModel> e : models.entrySet()) {
            DocumentCategorizerME categorizer = new DocumentCategorizerME(e.getValue());
            double[] scores = categorizer.categorize(tokens);
            result.put(e.getKey(), scores[categorizer.getIndex(YES)]);
        }
        return result;
    }

    /** The codes whose probability reaches the threshold (0.5). */
    public List<String> predict(String sentence) {
        return probabilities(sentence).entrySet().stream().filter(e -> e.getValue() >= threshold).map(Map.Entry::getKey).toList();
    }

    /**
     * Frame hits for one sentence of a memo. The evidence of a hit is the words that push most
     * towards the code on their own (their log-odds against the model's prior), up to three; when
     * no single word does, the whole sentence.
     */
    public List<FrameHit> hits(String memoText, TextSpan sentence) {
        List<FrameHit> hits = new ArrayList<>();
        for (Map.Entry<String, Double> p : probabilities(sentence.of(memoText)).entrySet()) {
            if (p.getValue() < threshold) {
                continue;
            }
            hits.add(new FrameHit(p.getKey(), p.getValue(), evidence(models.get(p.getKey()), memoText, sentence, p.getValue()),
                    DetectorSource.MODEL));
        }
        return hits;
    }

    private static List<Evidence> evidence(DoccatModel model, String text, TextSpan sentence, double probability) {
        MaxentModel maxent = model.getMaxentModel();
        int yes = maxent.getIndex(YES);
        double prior = logOdds(maxent.eval(new String[0]), yes);
        List<Evidence> words = new ArrayList<>();
        for (TextSpan token : FrameFeatures.tokenSpans(text, sentence)) {
            String word = token.of(text).toLowerCase(java.util.Locale.ROOT);
            double weight = logOdds(maxent.eval(new String[] {"bow=" + word}), yes) - prior;
            if (weight > 0) {
                words.add(new Evidence(token.start(), token.end(), token.of(text), weight));
            }
        }
        words.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        if (words.isEmpty()) {
            return List.of(new Evidence(sentence.start(), sentence.end(), sentence.of(text), probability));
        }
        List<Evidence> top = new ArrayList<>(words.subList(0, Math.min(MAX_EVIDENCE, words.size())));
        top.sort(Comparator.comparingInt(Evidence::start));
        return top;
    }

    private static double logOdds(double[] probabilities, int index) {
        double p = Math.min(Math.max(probabilities[index], 1e-12), 1 - 1e-12);
        return Math.log(p / (1 - p));
    }

    /** Writes the model as one file, moved into place only when complete; refuses to overwrite. */
    public void write(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists; a model file is never overwritten");
        }
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".memolens-", ".model.part");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                Properties manifest = new Properties();
                manifest.setProperty("format", "memolens-frame-model-1");
                manifest.setProperty("name", name);
                manifest.setProperty("threshold", Double.toString(threshold));
                manifest.setProperty("codes", String.join(",", models.keySet()));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "MemoLens user frame model");
                zip.closeEntry();
                for (Map.Entry<String, DoccatModel> e : models.entrySet()) {
                    zip.putNextEntry(new ZipEntry("codes/" + e.getKey() + ".bin"));
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    e.getValue().serialize(bytes);
                    zip.write(bytes.toByteArray());
                    zip.closeEntry();
                }
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Hex SHA-256 of a file, as the registry records it. */
    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** Reads a model file, refusing it unless its SHA-256 is {@code expectedSha256} (null skips the check). */
    public static UserFrameModel read(Path file, String expectedSha256) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw problem(file, "is larger than a frame model can be", null);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (expectedSha256 != null && !expectedSha256.equals(sha256(bytes))) {
                throw problem(file, "has changed since it was trained (its SHA-256 differs from the registered one)", null);
            }
            Properties manifest = null;
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    byte[] content = zip.readNBytes((int) MAX_FILE_BYTES);
                    if (MANIFEST.equals(e.getName())) {
                        manifest = new Properties();
                        manifest.load(new java.io.StringReader(new String(content, StandardCharsets.ISO_8859_1)));
                    } else {
                        entries.put(e.getName(), content);
                    }
                }
            }
            if (manifest == null || !"memolens-frame-model-1".equals(manifest.getProperty("format"))) {
                throw problem(file, "is not a MemoLens frame model", null);
            }
            Map<String, DoccatModel> models = new LinkedHashMap<>();
            for (String code : manifest.getProperty("codes", "").split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                byte[] model = entries.get("codes/" + code + ".bin");
                if (model == null) {
                    throw problem(file, "lacks the model for " + code, null);
                }
                try (InputStream in = new ByteArrayInputStream(model)) {
                    models.put(code, new DoccatModel(in));
                }
            }
            return new UserFrameModel(manifest.getProperty("name", file.getFileName().toString()),
                    Double.parseDouble(manifest.getProperty("threshold", "0.5")), models);
        } catch (IOException | NumberFormatException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static MemoLensException problem(Path file, String what, Throwable cause) {
        return new MemoLensException(MemoLensException.Fix.ENVIRONMENT, "The frame model " + file + " " + what
                + ". Train it again or choose another model.", cause);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
