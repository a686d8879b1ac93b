package org.memolens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.memolens.app.ImportReport;
import org.memolens.app.MemoLensCore;
import org.memolens.app.Progress;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.InvalidInputException;

/**
 * Turns command arguments into memo ids: a number is the id of a stored memo (unless a file of that
 * name exists), anything else a file to import and analyse first.
 */
final class MemoArguments {

    private MemoArguments() {
    }

    static List<Long> resolve(MemoLensCore core, List<String> arguments) {
        List<Long> ids = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.matches("\\d{1,18}") && !Files.exists(Path.of(argument))) {
                ids.add(Long.parseLong(argument));
                continue;
            }
            ImportReport report = core.importMemos().importFiles(List.of(Path.of(argument)), Progress.NONE);
            if (!report.problems().isEmpty()) {
                throw new InvalidInputException(report.problems().get(0).message());
            }
            ImportedMemo imported = report.imported().get(0);
            if (imported.created() || core.browseLibrary().open(imported.memo().id()).orElseThrow().analysis().isEmpty()) {
                core.analyzeMemos().analyze(imported.memo());
            }
            ids.add(imported.memo().id());
        }
        return ids;
    }
}
