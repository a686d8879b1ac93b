package org.memolens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.cli.MemoLensCli;

/** The Spark job in local mode writes the same CSV as the CLI's export of the same folder. */
class SparkSentenceExportTest {

    @TempDir
    Path dir;

    @Test
    void localSparkWritesTheSameSentenceCsvAsTheCommandLine() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/nested"));
        try (Stream<Path> samples = Files.list(Path.of("assets/samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Path target = sample.getFileName().toString().startsWith("r") ? corpus.resolve(sample.getFileName())
                        : dir.resolve("corpus").resolve(sample.getFileName());
                Files.copy(sample, target);
            }
        }
        Files.write(dir.resolve("corpus/broken.txt"), new byte[] {0, 1, 2, 0});
        Files.writeString(dir.resolve("corpus/notes.csv"), "not,a,memo");

        Path sparkCsv = dir.resolve("spark/sentences.csv");
        long rows;
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("memolens-test")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            rows = SparkSentenceExport.run(spark, dir.resolve("corpus").toUri().toString(), sparkCsv);
        }

        Path db = dir.resolve("cli.db");
        assertEquals(2, cli("analyze", "--db", db.toString(), dir.resolve("corpus").toString()), "broken.txt is bad");
        Path cliCsv = dir.resolve("cli.csv");
        assertEquals(0, cli("export", "--db", db.toString(), "--what", "sentences", "-o", cliCsv.toString()));

        List<CSVRecord> fromSpark = csv(Files.readString(sparkCsv));
        List<CSVRecord> fromCli = csv(Files.readString(cliCsv));
        assertEquals(fromCli.size(), rows);
        assertEquals(fromCli.size(), fromSpark.size());
        assertTrue(fromSpark.size() > 100, "three sample memos");
        assertEquals(Files.readAllLines(cliCsv).get(0), Files.readAllLines(sparkCsv).get(0), "same header");
        for (int i = 0; i < fromCli.size(); i++) {
            Map<String, String> expected = new java.util.HashMap<>(fromCli.get(i).toMap());
            Map<String, String> actual = new java.util.HashMap<>(fromSpark.get(i).toMap());
            assertTrue(actual.get("run_id").isEmpty(), "nothing stored, no run");
            expected.remove("run_id");
            actual.remove("run_id");
            assertEquals(expected, actual, "row " + i);
        }
    }

    private static int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return MemoLensCli.run(args, new PrintStream(sink, true, StandardCharsets.UTF_8),
                new PrintStream(sink, true, StandardCharsets.UTF_8), Map.of());
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
