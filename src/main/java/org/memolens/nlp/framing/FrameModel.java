package org.memolens.nlp.framing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

import org.memolens.domain.DeviceType;
import org.memolens.domain.MemoLensException.Fix;
import org.memolens.nlp.MaxentTable;
import org.memolens.nlp.Once;

/**
 * The trained side of frame detection: one OpenNLP {@link DoccatModel} per code (one-vs-rest,
 * outcomes "yes" and "no") over {@link SentenceFeatures}, each with the probability threshold that
 * decides a hit. The file is a zip: {@code model.properties} (name, codebook version, thresholds,
 * training notes) and one {@code CODE.bin} per code.
 *
 * <p>Immutable; thread-safe.
 */
public final class FrameModel {

    static final String YES = "yes";
    static final String NO = "no";
    private static final String PROPERTIES = "model.properties";
    /** The zip entry of the optional workforce-impact model (outcomes harm, benefit, none). */
    static final String IMPACT = "IMPACT";
    /** Prefix of the zip entries of device span models: {@code device-EUPHEMISM.bin}. */
    static final String DEVICE = "device-";
    /** OpenNLP's bag-of-words generator prefixes every feature with this. */
    private static final String BOW = "bow=";

    private final String name;
    private final List<String> codes;
    /** The OpenNLP models per code; parsed on first use when the model was read with its tables. */
    private final Supplier<Map<String, DoccatModel>> models;
    /** The impact model; parsed on first use when the model was read with its tables. */
    private final Supplier<Optional<DoccatModel>> impact;
    private final boolean hasImpact;
    private final Map<DeviceType, DeviceSpanModel> devices;
    private final Map<String, Double> thresholds;
    private final Map<String, Double> floors;
    private final Map<String, String> notes;
    /** Per code, each feature's yes-minus-no weight; derived on first use from the models. */
    private final Supplier<Map<String, Map<String, Double>>> weights;
    /** Per impact outcome, each feature's centred weight; derived on first use from the impact model. */
    private final Supplier<Map<String, Map<String, Double>>> impactWeights;
    /**
     * Per feature, its yes-minus-no weight for every code (columns in {@link #codes()} order), when
     * every code's model is maxent; else null and each code is scored by OpenNLP.
     */
    private final MaxentTable table;
    /** The impact model's weights when it is an L-BFGS maxent model, else null. */
    private final MaxentTable impactTable;

    /**
     * @param name       e.g. "memolens-frames-en-3"; recorded in every analysis run
     * @param thresholds per code, the probability of "yes" from which a frame is found
     * @param floors     per code, the share of the threshold enough when the code's rules fired
     * @param notes      training facts kept in the file (data, parameters, scores)
     */
    FrameModel(String name, Map<String, DoccatModel> models, Map<String, Double> thresholds, Map<String, Double> floors,
            Map<String, String> notes) {
        this(name, models, thresholds, floors, notes, null);
    }

    /**
     * @param impact the workforce-impact model (outcomes "harm", "benefit", "none" over the same
     *               features plus the rule decision), or null to leave impact to the rules
     */
    FrameModel(String name, Map<String, DoccatModel> models, Map<String, Double> thresholds, Map<String, Double> floors,
            Map<String, String> notes, DoccatModel impact) {
        this(name, models, thresholds, floors, notes, impact, Map.of());
    }

    /**
     * @param devices the span models of devices (EUPHEMISM, AGENTLESS_HARM) that score the rules'
     *                candidates; a device without one is found by its rules alone
     */
    FrameModel(String name, Map<String, DoccatModel> models, Map<String, Double> thresholds, Map<String, Double> floors,
            Map<String, String> notes, DoccatModel impact, Map<DeviceType, DeviceSpanModel> devices) {
        this(name, List.copyOf(models.keySet()), () -> models, impact != null, () -> impact, thresholds, floors, notes,
                devices, null, null);
    }

    /**
     * @param table       the codes' weight table, or null to derive it from the models
     * @param impactTable the impact model's weight table, or null to derive it from the model
     */
    private FrameModel(String name, List<String> codes, Supplier<Map<String, DoccatModel>> models, boolean hasImpact,
            Supplier<DoccatModel> impact, Map<String, Double> thresholds, Map<String, Double> floors,
            Map<String, String> notes, Map<DeviceType, DeviceSpanModel> devices, MaxentTable table,
            MaxentTable impactTable) {
        this.name = name;
        this.codes = List.copyOf(codes);
        this.models = new Once<>(() -> new LinkedHashMap<>(models.get()));
        this.hasImpact = hasImpact;
        this.impact = new Once<>(() -> Optional.ofNullable(impact.get()));
        this.thresholds = Map.copyOf(thresholds);
        this.floors = Map.copyOf(floors);
        this.notes = new TreeMap<>(notes);
        this.devices = new EnumMap<>(DeviceType.class);
        this.devices.putAll(devices);
        // One map per code, built in parallel: without tables this is on the way to the first analysis.
        this.weights = new Once<>(() -> this.models.get().entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> yesWeights(e.getValue()))));
        this.impactWeights = new Once<>(() -> hasImpact ? outcomeWeights(impactModel()) : Map.of());
        this.table = table != null ? table : allMaxent() ? table() : null;
        this.impactTable = impactTable != null || !hasImpact ? impactTable
                : impactModel().getMaxentModel() instanceof QNModel qn ? MaxentTable.of(qn, Map.of()) : null;
    }

    /**
     * A maxent model with two outcomes gives P(yes) = 1 / (1 + exp(-(sum of yes weights - sum of no
     * weights))) over the sentence's features, so one table lookup per feature scores every code at
     * once. Naive Bayes models are scored by OpenNLP itself.
     */
    private boolean allMaxent() {
        for (DoccatModel m : models.get().values()) {
            if (!(m.getMaxentModel() instanceof AbstractModel a)
                    || a.getModelType() != AbstractModel.ModelType.Maxent && a.getModelType() != AbstractModel.ModelType.MaxentQn
                    || a.getNumOutcomes() != 2) {
                return false;
            }
        }
        return true;
    }

    private MaxentTable table() {
        Map<String, double[]> t = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            for (Map.Entry<String, Double> w : weights.get().get(codes.get(c)).entrySet()) {
                t.computeIfAbsent(w.getKey(), k -> new double[codes.size()])[c] = w.getValue();
            }
        }
        return MaxentTable.of(codes, t, Map.of());
    }

    /** The codes' weight table (see {@link #probabilities}), or null when a code's model is not maxent. */
    public MaxentTable codeTable() {
        return table;
    }

    /** The impact model's weight table, or null. */
    public MaxentTable impactTable() {
        return impactTable;
    }

    /**
     * P(yes) of every code in {@link #codes()} order for one sentence's features: equal to what
     * {@code DocumentCategorizerME.categorize} gives for each code's model.
     */
    double[] probabilities(String[] features) {
        List<String> codes = codes();
        double[] p = new double[codes.size()];
        if (table == null) {
            String[] context = context(features);
            for (int c = 0; c < p.length; c++) {
                p[c] = probabilityOfContext(codes.get(c), context);
            }
            return p;
        }
        p = table.sums(features);
        for (int c = 0; c < p.length; c++) {
            p[c] = 1.0 / (1.0 + Math.exp(-p[c]));
        }
        return p;
    }

    public String name() {
        return name;
    }

    public List<String> codes() {
        return codes;
    }

    /** The OpenNLP model of one code, or null. */
    DoccatModel doccat(String code) {
        return models.get().get(code);
    }

    public double threshold(String code) {
        return thresholds.getOrDefault(code, 0.5);
    }

    /** Share of the threshold a sentence needs when the code's phrase or pattern rules fired. */
    public double ruleFloor(String code) {
        return floors.getOrDefault(code, FrameDetector.RULE_FLOOR);
    }

    public Map<String, String> notes() {
        return notes;
    }

    /**
     * Probability that the sentence carries {@code code}; 0 for a code this model does not know.
     * The same as {@code new DocumentCategorizerME(model).categorize(features)} for "yes".
     */
    double probability(String code, String[] features) {
        return probabilityOfContext(code, context(features));
    }

    /**
     * The maxent context of a sentence, as OpenNLP's default bag-of-words feature generator builds
     * it inside {@code DocumentCategorizerME}: built once and shared by every code's model, instead
     * of once per code.
     */
    static String[] context(String[] features) {
        String[] context = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            context[i] = BOW + features[i];
        }
        return context;
    }

    /** Probability of "yes" for a context from {@link #context(String[])}; thread-safe (eval allocates). */
    double probabilityOfContext(String code, String[] context) {
        DoccatModel model = doccat(code);
        // A code without a single positive training sentence has no "yes" outcome at all.
        int yes = model == null ? -1 : model.getMaxentModel().getIndex(YES);
        return yes < 0 ? 0 : model.getMaxentModel().eval(context)[yes];
    }

    /** How much a feature pushes towards "yes" (weight of yes minus weight of no); 0 if unknown. */
    double weight(String code, String feature) {
        int column = codes.indexOf(code);
        if (table != null) {
            return column < 0 ? 0 : table.weight(feature, column);
        }
        Map<String, Double> w = weights.get().get(code);
        return w == null ? 0 : w.getOrDefault(feature, 0.0);
    }

    static Map<String, Double> yesWeights(DoccatModel model) {
        Map<String, Double> result = new HashMap<>();
        if (!(model.getMaxentModel() instanceof AbstractModel m)) {
            return result;
        }
        Object[] data = m.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        int yes = m.getIndex(YES);
        int no = m.getIndex(NO);
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            double wYes = 0;
            double wNo = 0;
            int[] outcomes = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                if (outcomes[k] == yes) {
                    wYes = params[k];
                } else if (outcomes[k] == no) {
                    wNo = params[k];
                }
            }
            String feature = e.getKey().startsWith(BOW) ? e.getKey().substring(BOW.length()) : e.getKey();
            result.put(feature, wYes - wNo);
        }
        return result;
    }

    /** Per outcome, each feature's weight minus its mean weight over the other outcomes. */
    private static Map<String, Map<String, Double>> outcomeWeights(DoccatModel model) {
        Map<String, Map<String, Double>> result = new HashMap<>();
        if (!(model.getMaxentModel() instanceof AbstractModel m)) {
            return result;
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) m.getDataStructures()[1];
        int n = m.getNumOutcomes();
        for (int o = 0; o < n; o++) {
            result.put(m.getOutcome(o), new HashMap<>());
        }
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            double[] w = new double[n];
            int[] outcomes = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                w[outcomes[k]] = params[k];
            }
            double sum = 0;
            for (double x : w) {
                sum += x;
            }
            String feature = e.getKey().startsWith(BOW) ? e.getKey().substring(BOW.length()) : e.getKey();
            for (int o = 0; o < n; o++) {
                double others = n > 1 ? (sum - w[o]) / (n - 1) : 0;
                result.get(m.getOutcome(o)).put(feature, w[o] - others);
            }
        }
        return result;
    }

    /** Whether this model also decides workforce impact. */
    boolean hasImpact() {
        return hasImpact;
    }

    /** Probabilities of the impact outcomes ("harm", "benefit", "none") for the impact features. */
    Map<String, Double> impactProbabilities(String[] features) {
        Map<String, Double> result = new HashMap<>();
        if (impactTable != null) {
            double[] p = impactTable.eval(context(features));
            for (int o = 0; o < p.length; o++) {
                result.put(impactTable.outcomes().get(o), p[o]);
            }
            return result;
        }
        double[] p = impactModel().getMaxentModel().eval(context(features));
        for (int o = 0; o < p.length; o++) {
            result.put(impactModel().getMaxentModel().getOutcome(o), p[o]);
        }
        return result;
    }

    /** How much a feature pushes the impact model towards {@code outcome}; 0 if unknown. */
    double impactWeight(String outcome, String feature) {
        if (impactTable == null) {
            return impactWeights.get().getOrDefault(outcome, Map.of()).getOrDefault(feature, 0.0);
        }
        double[] w = impactTable.row(BOW + feature);
        int o = impactTable.outcomes().indexOf(outcome);
        return w == null || o < 0 ? 0 : centred(w, o);
    }

    /** A weight minus the mean of the other outcomes' weights of the same feature. */
    private static double centred(double[] w, int o) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double others = w.length > 1 ? (sum - w[o]) / (w.length - 1) : 0;
        return w[o] - others;
    }

    /** The impact model, or null. */
    DoccatModel impactModel() {
        return impact.get().orElse(null);
    }

    /** The span model of a device type, or null when the rules alone find that device. */
    DeviceSpanModel device(DeviceType type) {
        return devices.get(type);
    }

    /** A SHA-256 over every code's weights: equal for two trainings that learnt the same model. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String code : codes) {
                digest.update(code.getBytes(StandardCharsets.UTF_8));
                new TreeMap<>(weights.get().get(code)).forEach((f, w) -> {
                    digest.update(f.getBytes(StandardCharsets.UTF_8));
                    digest.update(Double.toString(Math.round(w * 1e9) / 1e9).getBytes(StandardCharsets.UTF_8));
                });
                digest.update(Double.toString(threshold(code)).getBytes(StandardCharsets.UTF_8));
                digest.update(Double.toString(ruleFloor(code)).getBytes(StandardCharsets.UTF_8));
            }
            for (String outcome : new java.util.TreeSet<>(impactWeights.get().keySet())) {
                digest.update(outcome.getBytes(StandardCharsets.UTF_8));
                new TreeMap<>(impactWeights.get().get(outcome)).forEach((f, w) -> {
                    digest.update(f.getBytes(StandardCharsets.UTF_8));
                    digest.update(Double.toString(Math.round(w * 1e9) / 1e9).getBytes(StandardCharsets.UTF_8));
                });
            }
            for (Map.Entry<DeviceType, DeviceSpanModel> d : devices.entrySet()) {
                digest.update(d.getKey().name().getBytes(StandardCharsets.UTF_8));
                new TreeMap<>(d.getValue().weights()).forEach((f, w) -> {
                    digest.update(f.getBytes(StandardCharsets.UTF_8));
                    digest.update(Double.toString(Math.round(w * 1e9) / 1e9).getBytes(StandardCharsets.UTF_8));
                });
                digest.update(Double.toString(d.getValue().threshold()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("codes", String.join(",", codes));
        p.setProperty("fingerprint", fingerprint());
        thresholds.forEach((code, t) -> p.setProperty("threshold." + code, Double.toString(t)));
        floors.forEach((code, f) -> p.setProperty("floor." + code, Double.toString(f)));
        notes.forEach((k, v) -> p.setProperty("note." + k, v));
        devices.forEach((type, d) -> p.setProperty("device.threshold." + type.name(), Double.toString(d.threshold())));
        StringWriter text = new StringWriter();
        p.store(text, "MemoLens frame model: one OpenNLP doccat model per code");
        put(zip, PROPERTIES, sortedLines(text.toString()).getBytes(StandardCharsets.UTF_8));
        Map<String, DoccatModel> all = new LinkedHashMap<>(models.get());
        if (hasImpact) {
            all.put(IMPACT, impactModel());
        }
        devices.forEach((type, d) -> all.put(DEVICE + type.name(), d.doccat()));
        for (Map.Entry<String, DoccatModel> e : all.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            e.getValue().serialize(bytes);
            put(zip, e.getKey() + ".bin", bytes.toByteArray());
        }
        zip.finish();
    }

    /** Properties in key order without the date comment, so that equal models give equal files. */
    private static String sortedLines(String stored) {
        List<String> lines = new ArrayList<>();
        for (String line : stored.split("\r?\n")) {
            if (!line.startsWith("#") || line.startsWith("# MemoLens") || line.startsWith("#MemoLens")) {
                lines.add(line);
            }
        }
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        body.sort(null);
        return lines.get(0) + "\n" + String.join("\n", body) + "\n";
    }

    private static void put(ZipOutputStream zip, String entry, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(0L);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads a model file.
     *
     * @param file name reported in error messages
     * @param fix  who can fix a broken file
     */
    public static FrameModel read(String file, Fix fix, InputStream in) {
        return read(file, fix, in, null, null);
    }

    /**
     * Reads a model file with the weight tables the build derived from it ({@code ModelTables}):
     * the OpenNLP models inside are then parsed only if something needs them (training, writing,
     * the fingerprint). Tables that do not fit the file are ignored.
     *
     * @param table       the codes' table ({@link #codeTable()}), or null
     * @param impactTable the impact model's table ({@link #impactTable()}), or null
     */
    static FrameModel read(String file, Fix fix, InputStream in, MaxentTable table, MaxentTable impactTable) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new AssetFormatException(fix, file, 0, null, "is not a MemoLens frame model (a zip file): "
                    + e.getMessage(), e);
        }
        byte[] props = entries.get(PROPERTIES);
        if (props == null) {
            throw new AssetFormatException(fix, file, 0, null, "is not a MemoLens frame model: " + PROPERTIES
                    + " is missing.", null);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(props, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new AssetFormatException(fix, file, 0, PROPERTIES, "cannot be read: " + e.getMessage(), e);
        }
        String name = p.getProperty("name");
        String codes = p.getProperty("codes");
        if (name == null || codes == null || codes.isBlank()) {
            throw new AssetFormatException(fix, file, 0, PROPERTIES, "needs the properties name and codes.", null);
        }
        List<String> codeList = List.of(codes.split(","));
        for (String code : codeList) {
            if (!entries.containsKey(code + ".bin")) {
                throw new AssetFormatException(fix, file, 0, code + ".bin", "the model for " + code + " is missing.", null);
            }
        }
        Map<String, Double> thresholds = new HashMap<>();
        Map<String, Double> floors = new HashMap<>();
        for (String code : codeList) {
            try {
                thresholds.put(code, Double.parseDouble(p.getProperty("threshold." + code, "0.5")));
                floors.put(code, Double.parseDouble(p.getProperty("floor." + code, Double.toString(FrameDetector.RULE_FLOOR))));
            } catch (NumberFormatException e) {
                throw new AssetFormatException(fix, file, 0, PROPERTIES, "a threshold or floor of " + code
                        + " is not a number: " + e.getMessage(), e);
            }
        }
        Map<String, String> notes = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("note.")) {
                notes.put(key.substring(5), p.getProperty(key));
            }
        }
        // The per-code models are independent: parse them in parallel (without tables, most of a cold start's wait for framing).
        Supplier<Map<String, DoccatModel>> models = () -> {
            Map<String, DoccatModel> parsed = codeList.parallelStream().collect(Collectors.toMap(code -> code,
                    code -> doccat(fix, file, code + ".bin", entries.get(code + ".bin"))));
            Map<String, DoccatModel> inOrder = new LinkedHashMap<>();
            codeList.forEach(code -> inOrder.put(code, parsed.get(code)));
            return inOrder;
        };
        byte[] impactBin = entries.get(IMPACT + ".bin");
        Supplier<DoccatModel> impact = () -> impactBin == null ? null : doccat(fix, file, IMPACT + ".bin", impactBin);
        boolean tablesFit = table != null && table.outcomes().equals(codeList) && (impactBin == null) == (impactTable == null);
        if (!tablesFit) {
            Map<String, DoccatModel> parsed = models.get();
            models = () -> parsed;
            table = null;
            impactTable = null;
        }
        Map<DeviceType, DeviceSpanModel> devices = new EnumMap<>(DeviceType.class);
        for (DeviceType type : DeviceType.values()) {
            byte[] bin = entries.get(DEVICE + type.name() + ".bin");
            if (bin == null) {
                continue;
            }
            String entry = DEVICE + type.name() + ".bin";
            try {
                double threshold = Double.parseDouble(p.getProperty("device.threshold." + type.name(), "0.5"));
                devices.put(type, new DeviceSpanModel(doccat(fix, file, entry, bin), threshold));
            } catch (NumberFormatException e) {
                throw new AssetFormatException(fix, file, 0, entry, "cannot be read: " + e.getMessage(), e);
            }
        }
        return new FrameModel(name, codeList, models, impactBin != null, impact, thresholds, floors, notes, devices,
                table, impactTable);
    }

    private static DoccatModel doccat(Fix fix, String file, String entry, byte[] bin) {
        try {
            return new DoccatModel(new ByteArrayInputStream(bin));
        } catch (IOException | RuntimeException e) {
            throw new AssetFormatException(fix, file, 0, entry, "cannot be read: " + e.getMessage(), e);
        }
    }
}
