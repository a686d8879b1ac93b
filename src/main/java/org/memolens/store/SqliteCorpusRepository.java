package org.memolens.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.ImportedMemo;

/** {@link CorpusRepository} on the MemoLens SQLite file; writes go through the database's one connection. */
public final class SqliteCorpusRepository implements CorpusRepository {

    private final Database db;
    private final Clock clock;

    public SqliteCorpusRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Stored> saveAll(List<Pending> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return db.write(c -> {
            List<Stored> stored = new ArrayList<>(batch.size());
            for (Pending item : batch) {
                ImportedMemo memo = SqliteMemoRepository.insertOrFind(c, item.memo(), now);
                AnalysisRun run = SqliteAnalysisRepository.insert(c, item.analysis(), memo.memo().id());
                stored.add(new Stored(memo, run));
            }
            return stored;
        });
    }
}
