package org.memolens.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.NewMemo;
import org.memolens.store.CorpusRepository;
import org.memolens.store.Database;
import org.memolens.store.SqliteCorpusRepository;

/** The SQLite write rate of the batch writer, on a throw-away database file that is deleted after. */
final class WriteRate {

    private final Path workFolder;

    WriteRate(Path workFolder) {
        this.workFolder = workFolder;
    }

/** Sentences per second stored by the batch writer into a new database file, and the file's size. */
double[] measure(List<Memo> corpus, List<MemoAnalysis> analyses) {
    Path file;
    try {
        Files.createDirectories(workFolder);
        file = Files.createTempFile(workFolder, "memolens-bench-", ".db");
        Files.delete(file);
    } catch (IOException e) {
        throw new UncheckedIOException(e);
    }
    long sentences = 0;
    long start;
    long seconds;
    try (Database database = Database.open(file)) {
        CorpusRepository repository = new SqliteCorpusRepository(database, Clock.systemUTC());
        start = System.nanoTime();
        List<CorpusRepository.Pending> batch = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            Memo m = corpus.get(i);
            batch.add(new CorpusRepository.Pending(new NewMemo(m.metadata(), m.text()), analyses.get(i)));
            sentences += analyses.get(i).sentences().size();
            if (batch.size() == 100 || i == corpus.size() - 1) {
                repository.saveAll(batch);
                batch.clear();
            }
        }
        seconds = System.nanoTime() - start;
    }
    long bytes = size(file);
    deleteDatabase(file);
    return new double[] {sentences / (seconds / 1e9), bytes};
}

private static long size(Path file) {
    try {
        return Files.size(file);
    } catch (IOException e) {
        return 0;
    }
}

private static void deleteDatabase(Path file) {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
        try {
            Files.deleteIfExists(Path.of(file + suffix));
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
}
