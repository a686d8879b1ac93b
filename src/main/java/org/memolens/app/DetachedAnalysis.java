package org.memolens.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoText;
import org.memolens.domain.NewMemo;
import org.memolens.export.ExportRows;
import org.memolens.export.ExportUnit;
import org.memolens.ingest.MemoFileReader;
import org.memolens.ingest.TextDecoder;
import org.memolens.nlp.MemoAnalyzer;

/**
 * Use case: analyse memo files without a database, for a distributed engine such as Apache Spark:
 * bytes in, the rows of {@code memolens export --what sentences} out. Nothing here touches JavaFX,
 * SQLite or the file system.
 *
 * <p>Thread-safe; build one per JVM ({@link #withShippedModels()} loads the models) and share it.
 */
public final class DetachedAnalysis {

    private final MemoAnalyzer analyzer;

    public DetachedAnalysis(MemoAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static DetachedAnalysis withShippedModels() {
        return new DetachedAnalysis(MemoAnalyzer.withShippedModels());
    }

    /** A memo read from a file and analysed; {@code memo().id()} is 0 until a row number is given. */
    public record Analysed(Memo memo, MemoAnalysis analysis) {

        /** The sentence rows, with {@code memoId} in the memo_id column and an empty run_id (nothing is stored). */
        public List<List<Object>> sentenceRows(long memoId) {
            Memo numbered = new Memo(memoId, memo.metadata(), memo.text(), memo.sha256(), memo.wordCount(), memo.createdAt());
            return ExportRows.rows(ExportUnit.SENTENCES, numbered, analysis);
        }
    }

    /** The CSV columns of the rows, as {@code export --what sentences} writes them. */
    public static List<String> sentenceColumns() {
        return ExportRows.columns(ExportUnit.SENTENCES);
    }

    /** Whether a file name has an extension MemoLens reads. */
    public static boolean isMemoFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && MemoFileReader.EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Decodes and analyses one file's content, as {@code memolens analyze} would.
     *
     * @return empty when the file is not a readable memo (binary, empty, ...), which a batch skips
     */
    public Optional<Analysed> analyze(String fileName, byte[] content) {
        if (content.length > MemoFileReader.MAX_BYTES) {
            return Optional.empty();
        }
        try {
            String text = TextDecoder.decode(content, fileName).text();
            int dot = fileName.lastIndexOf('.');
            NewMemo memo = MemoFileReader.fromText(text, dot > 0 ? fileName.substring(0, dot) : fileName, fileName);
            Memo unsaved = new Memo(0, memo.metadata(), memo.text(), memo.sha256(), MemoText.wordCount(memo.text()),
                    Instant.EPOCH);
            MemoAnalysis analysis = analyzer.analyze(unsaved);
            return Optional.of(new Analysed(unsaved, analysis));
        } catch (InvalidInputException badFile) {
            return Optional.empty();
        }
    }
}
