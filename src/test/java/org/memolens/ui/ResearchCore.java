package org.memolens.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.memolens.app.DirectTaskRunner;
import org.memolens.app.MemoLensCore;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.nlp.SharedModels;

/**
 * A real MemoLens core on a temporary SQLite file with the shared OpenNLP models, for the research
 * view models: they run their jobs inline ({@link DirectTaskRunner}) and their FX-thread hops too.
 */
public final class ResearchCore implements AutoCloseable {

    /** Runs what would go to the FX thread at once, on the calling thread. */
    public static final Executor INLINE = Runnable::run;

    public final MemoLensCore core;
    public final DirectTaskRunner tasks = new DirectTaskRunner();
    public final List<String> errors = new ArrayList<>();
    public final ErrorReporter reporter = (title, message) -> errors.add(message);

    public ResearchCore(Path dir) {
        core = MemoLensCore.open(dir.resolve("research.db"), SharedModels.analyzer(), Clock.systemUTC());
    }

    public Memo memo(String title, String text) {
        return core.importMemos().importText(title, "Chief Executive", LocalDate.of(2025, 7, 15), text).memo();
    }

    /** The hand-built memo (every layer filled in by hand) stored in this database. */
    public Memo handBuilt() {
        return memo("Hand-built memo", HandBuilt.TEXT);
    }

    public static TextSpan span(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + quote);
        }
        return new TextSpan(start, start + quote.length());
    }

    @Override
    public void close() {
        core.close();
    }
}
