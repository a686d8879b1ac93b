package org.memolens.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;

import scala.Tuple2;

import org.memolens.app.DetachedAnalysis;
import org.memolens.export.RowWriter;

/**
 * Example Apache Spark job: analyses every memo file under a folder (recursively; any storage Spark
 * reads) on the cluster's executors and writes the CSV of {@code memolens export --what sentences}:
 * the same columns, quoting and order (files in path order, sentences in text order). memo_id is the
 * memo's position among the readable memos in path order, as a fresh database would number them;
 * run_id is empty, since nothing is stored. Unreadable files are skipped; a text seen twice counts once.
 *
 * <p>OpenNLP models are not shipped to executors: each executor JVM loads them once, lazily, from
 * its class path ({@link Executor}). Run it with the job's jar and MemoLens on the class path:
 * {@code spark-submit --class org.memolens.spark.SparkSentenceExport app.jar INPUT_DIR OUTPUT.csv}.
 */
public final class SparkSentenceExport {

    private SparkSentenceExport() {
    }

    /** The analyzer of this JVM, built on first use by a task and shared by every task after it. */
    static final class Executor {
        private static volatile DetachedAnalysis analysis;

        private Executor() {
        }

        static DetachedAnalysis analysis() {
            DetachedAnalysis a = analysis;
            if (a == null) {
                synchronized (Executor.class) {
                    if (analysis == null) {
                        analysis = DetachedAnalysis.withShippedModels();
                    }
                    a = analysis;
                }
            }
            return a;
        }
    }

    /** One file's result, small enough to travel to the driver: its rows without a memo id yet. */
    record FileRows(String path, String sha256, List<List<Object>> rows) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Runs the job and writes {@code output}.
     *
     * @return the number of sentence rows written
     */
    public static long run(SparkSession spark, String inputDir, Path output) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(inputDir)
                .filter(f -> DetachedAnalysis.isMemoFile(fileName(f._1())));
        JavaRDD<FileRows> analysed = files.mapPartitions(SparkSentenceExport::analyse)
                .sortBy(FileRows::path, true, Math.max(1, files.getNumPartitions()));
        long rows = 0;
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
             RowWriter csv = RowWriter.csv(out, DetachedAnalysis.sentenceColumns())) {
            Set<String> seen = new HashSet<>();
            long memoId = 0;
            // One partition at a time reaches the driver: the output never has to fit in its memory.
            for (Iterator<FileRows> it = analysed.toLocalIterator(); it.hasNext(); ) {
                FileRows file = it.next();
                if (!seen.add(file.sha256())) {
                    continue;
                }
                memoId++;
                for (List<Object> row : file.rows()) {
                    List<Object> numbered = new ArrayList<>(row);
                    numbered.set(0, memoId);
                    csv.row(numbered);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static Iterator<FileRows> analyse(Iterator<Tuple2<String, PortableDataStream>> files) {
        DetachedAnalysis analysis = Executor.analysis();
        List<FileRows> result = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            Optional<DetachedAnalysis.Analysed> memo = analysis.analyze(fileName(file._1()), file._2().toArray());
            memo.ifPresent(m -> result.add(new FileRows(file._1(), m.memo().sha256(), m.sentenceRows(0))));
        }
        return result.iterator();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code INPUT_DIR OUTPUT.csv [MASTER]}; MASTER defaults to {@code local[*]} when spark-submit sets none. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkSentenceExport INPUT_DIR OUTPUT.csv [MASTER]");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("memolens-sentences");
        if (args.length > 2) {
            builder.master(args[2]);
        } else if (!System.getProperties().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        try (SparkSession spark = builder.getOrCreate()) {
            long rows = run(spark, args[0], Path.of(args[1]));
            System.err.println("memolens: wrote " + rows + " sentence rows to " + args[1]);
        }
    }
}
