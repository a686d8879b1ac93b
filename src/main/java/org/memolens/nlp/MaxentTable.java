package org.memolens.nlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP maximum-entropy model trained with L-BFGS ({@link QNModel}) in a few
 * flat arrays. OpenNLP reads a model feature by feature into one object and one map entry each,
 * which for the tone model's 290,000 features is most of what a cold start waits for; a table is
 * read with a handful of bulk copies and gives the same probabilities, bit for bit, as
 * {@code QNModel.eval} (same additions in the same order, the same log-sum-exp).
 *
 * <p>The build derives a table from each shipped model file ({@link ModelTables}); the table names
 * the SHA-256 of the file it came from, so a table is used only beside its own model.
 *
 * <p>Immutable; thread-safe.
 */
public final class MaxentTable {

    private static final int MAGIC = 0x4d4c5442; // "MLTB"
    private static final int VERSION = 1;

    private final Map<String, String> header;
    private final String[] outcomes;
    private final int[] hashes;
    private final int[] starts;
    private final byte[] utf8;
    private final double[] weights;
    /** Open addressing: feature index + 1 per slot, 0 for an empty slot; the length is a power of two. */
    private final int[] slots;
    /** Feature texts made so far (see {@link #sameText}); null where none was needed yet. */
    private final String[] names;

    private MaxentTable(Map<String, String> header, String[] outcomes, int[] hashes, int[] starts, byte[] utf8,
            double[] weights, int[] slots) {
        this.header = Map.copyOf(header);
        this.outcomes = outcomes;
        this.hashes = hashes;
        this.starts = starts;
        this.utf8 = utf8;
        this.weights = weights;
        this.slots = slots;
        this.names = new String[hashes.length];
    }

    /**
     * The table of a model.
     *
     * @param header facts kept with the table (for example the source file's SHA-256); keys and
     *               values must not contain line breaks or '='
     */
    public static MaxentTable of(QNModel model, Map<String, String> header) {
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        List<String> outcomes = new ArrayList<>();
        for (int o = 0; o < model.getNumOutcomes(); o++) {
            outcomes.add(model.getOutcome(o));
        }
        Map<String, double[]> rows = new HashMap<>();
        pmap.forEach((feature, context) -> {
            double[] row = new double[outcomes.size()];
            int[] outs = context.getOutcomes();
            double[] params = context.getParameters();
            for (int j = 0; j < outs.length; j++) {
                row[outs[j]] = params[j];
            }
            rows.put(feature, row);
        });
        return of(outcomes, rows, header);
    }

    /**
     * A table of any per-feature weights.
     *
     * @param columns names of the columns (outcomes)
     * @param rows    per feature, one weight per column
     */
    public static MaxentTable of(List<String> columns, Map<String, double[]> rows, Map<String, String> header) {
        // Sorted, so that the same weights always give the same file.
        TreeMap<String, double[]> sorted = new TreeMap<>(rows);
        int n = sorted.size();
        int k = columns.size();
        int[] hashes = new int[n];
        int[] starts = new int[n + 1];
        double[] weights = new double[n * k];
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        for (Map.Entry<String, double[]> e : sorted.entrySet()) {
            hashes[i] = e.getKey().hashCode();
            byte[] bytes = e.getKey().getBytes(StandardCharsets.UTF_8);
            text.writeBytes(bytes);
            starts[i + 1] = starts[i] + bytes.length;
            System.arraycopy(e.getValue(), 0, weights, i * k, k);
            i++;
        }
        return new MaxentTable(header, columns.toArray(new String[0]), hashes, starts, text.toByteArray(), weights,
                slots(hashes));
    }

    /** The same weights with other header facts. */
    public MaxentTable withHeader(Map<String, String> facts) {
        return new MaxentTable(facts, outcomes, hashes, starts, utf8, weights, slots);
    }

    private static int[] slots(int[] hashes) {
        int size = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
        int[] slots = new int[size];
        for (int i = 0; i < hashes.length; i++) {
            int s = spread(hashes[i]) & (size - 1);
            while (slots[s] != 0) {
                s = (s + 1) & (size - 1);
            }
            slots[s] = i + 1;
        }
        return slots;
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    /** The index of a feature, or -1 when the model does not know it. */
    int indexOf(String feature) {
        int h = feature.hashCode();
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int i = slots[s] - 1;
            if (hashes[i] == h && sameText(feature, i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameText(String feature, int i) {
        // The feature's text as a String, made on its first match: later matches compare with the
        // JDK's intrinsic String.equals. A race makes the same String twice, which is harmless.
        String known = names[i];
        if (known == null) {
            known = new String(utf8, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
            names[i] = known;
        }
        return known.equals(feature);
    }

    /**
     * Per column, the sum of the weights of the context's features (each counted as often as it
     * occurs), added in context order.
     */
    public double[] sums(String[] context) {
        int k = outcomes.length;
        double[] p = new double[k];
        for (String feature : context) {
            int i = indexOf(feature);
            if (i >= 0) {
                for (int o = 0; o < k; o++) {
                    p[o] += weights[i * k + o];
                }
            }
        }
        return p;
    }

    /** A feature's weights, one per column, or null when the table does not know the feature. */
    public double[] row(String feature) {
        int i = indexOf(feature);
        if (i < 0) {
            return null;
        }
        int k = outcomes.length;
        return Arrays.copyOfRange(weights, i * k, i * k + k);
    }

    /** A feature's weight in one column; 0 when the table does not know the feature. */
    public double weight(String feature, int column) {
        int i = indexOf(feature);
        return i < 0 ? 0 : weights[i * outcomes.length + column];
    }

    /**
     * The probability of each outcome (in {@link #outcomes()} order) for a context of features,
     * each counted as often as it occurs: equal to {@code QNModel.eval(context)}.
     */
    public double[] eval(String[] context) {
        int k = outcomes.length;
        double[] p = sums(context);
        double logSum = ArrayMath.logSumOfExps(p);
        for (int o = 0; o < k; o++) {
            p[o] = StrictMath.exp(p[o] - logSum);
        }
        return p;
    }

    public List<String> outcomes() {
        return List.of(outcomes);
    }

    public int features() {
        return hashes.length;
    }

    /** A fact stored with the table, or null. */
    public String header(String key) {
        return header.get(key);
    }

    public byte[] bytes() {
        StringBuilder head = new StringBuilder();
        new TreeMap<>(header).forEach((key, value) -> head.append(key).append('=').append(value).append('\n'));
        head.append("outcomes=").append(String.join("\t", outcomes)).append('\n');
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        int n = hashes.length;
        ByteBuffer out = ByteBuffer.allocate(6 * Integer.BYTES + headBytes.length
                + Integer.BYTES * (2 * n + 1 + slots.length) + Double.BYTES * weights.length + utf8.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).putInt(VERSION).putInt(headBytes.length).put(headBytes);
        out.putInt(n).putInt(slots.length).putInt(utf8.length);
        out.asIntBuffer().put(hashes);
        out.position(out.position() + Integer.BYTES * n);
        out.asIntBuffer().put(starts);
        out.position(out.position() + Integer.BYTES * (n + 1));
        out.asIntBuffer().put(slots);
        out.position(out.position() + Integer.BYTES * slots.length);
        out.asDoubleBuffer().put(weights);
        out.position(out.position() + Double.BYTES * weights.length);
        out.put(utf8);
        return out.array();
    }

    /** Reads a table written by {@link #bytes()}; throws {@link IOException} for anything else. */
    public static MaxentTable read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a MemoLens weight table of version " + VERSION);
            }
            byte[] headBytes = new byte[b.getInt()];
            b.get(headBytes);
            Map<String, String> header = new TreeMap<>();
            for (String line : new String(headBytes, StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    header.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            String outcomeLine = header.remove("outcomes");
            if (outcomeLine == null) {
                throw new IOException("the table names no outcomes");
            }
            int n = b.getInt();
            int slotCount = b.getInt();
            int textLength = b.getInt();
            String[] outcomes = outcomeLine.split("\t");
            int[] hashes = new int[n];
            int[] starts = new int[n + 1];
            int[] slots = new int[slotCount];
            double[] weights = new double[n * outcomes.length];
            byte[] utf8 = new byte[textLength];
            b.asIntBuffer().get(hashes);
            b.position(b.position() + Integer.BYTES * n);
            b.asIntBuffer().get(starts);
            b.position(b.position() + Integer.BYTES * (n + 1));
            b.asIntBuffer().get(slots);
            b.position(b.position() + Integer.BYTES * slotCount);
            b.asDoubleBuffer().get(weights);
            b.position(b.position() + Double.BYTES * weights.length);
            b.get(utf8);
            if (b.hasRemaining() || Integer.bitCount(slotCount) != 1 || starts[n] != textLength) {
                throw new IOException("the table's sizes do not add up");
            }
            return new MaxentTable(header, outcomes, hashes, starts, utf8, weights, slots);
        } catch (RuntimeException e) {
            throw new IOException("a truncated or damaged weight table: " + e, e);
        }
    }

    /** The features, in the table's (sorted) order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            names.add(new String(utf8, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8));
        }
        return names;
    }
}
