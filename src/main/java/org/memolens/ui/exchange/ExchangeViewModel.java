package org.memolens.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.memolens.app.ExchangeQdpx;
import org.memolens.app.ExportCodings;
import org.memolens.app.TaskRunner;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * Exchange from the File menu: a REFI-QDA project (.qdpx) out and in, and codings as CSV. An import
 * is checked completely before anything is stored; afterwards every screen reloads (memos, codes,
 * coders and codings may have come in).
 *
 * <p>Use on the FX thread; the files are read and written by the {@link TaskRunner}.
 */
public final class ExchangeViewModel {

    private final ExchangeQdpx qdpx;
    private final ExportCodings codings;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Consumer<String> announce;
    private final Runnable projectChanged;

    /**
     * @param announce       shows a short message (the library's notice line)
     * @param projectChanged reloads every screen after an import
     */
    public ExchangeViewModel(ExchangeQdpx qdpx, ExportCodings codings, TaskRunner tasks, ErrorReporter errors,
            Consumer<String> announce, Runnable projectChanged) {
        this.qdpx = qdpx;
        this.codings = codings;
        this.tasks = tasks;
        this.errors = errors;
        this.announce = announce;
        this.projectChanged = projectChanged;
    }

    /** Writes the memos (all if {@code memoIds} is empty) with the codebook, coders and codings. */
    public void exportProject(Path file, List<Long> memoIds) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.qdpx$", "");
        tasks.run(Messages.get("task.qdpx.export"), p -> qdpx.export(file, memoIds, name),
                r -> announce.accept(Messages.get("exchange.exported", r.memos(), r.codings(), r.coders(), file.getFileName())),
                e -> failed("error.exchange.export", e));
    }

    /** Imports a project; {@code then} gets the report (counts and what could not be imported). */
    public void importProject(Path file, Consumer<ExchangeQdpx.ImportReport> then) {
        tasks.run(Messages.get("task.qdpx.import"), p -> qdpx.importFile(file), report -> {
            announce.accept(summary(report));
            projectChanged.run();
            then.accept(report);
        }, e -> failed("error.exchange.import", e));
    }

    /** Writes every coding as one CSV row. */
    public void exportCodings(Path file) {
        tasks.run(Messages.get("task.codings.export"), p -> codings.toCsv(file, List.of(), List.of()),
                rows -> announce.accept(Messages.get("exchange.codings", rows, file.getFileName())),
                e -> failed("error.exchange.export", e));
    }

    /** "12 codings added (3 already there), 2 memos added, 1 matched, 4 codes added, 2 coders added." */
    public static String summary(ExchangeQdpx.ImportReport r) {
        return Messages.get("exchange.imported", r.codingsAdded(), r.codingsPresent(), r.memosAdded(), r.memosMatched(),
                r.codesAdded(), r.codersAdded());
    }

    private void failed(String titleKey, Throwable error) {
        errors.report(Messages.get(titleKey), UserMessages.describe(error));
    }
}
