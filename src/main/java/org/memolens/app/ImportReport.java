package org.memolens.app;

import java.util.List;

import org.memolens.domain.ImportedMemo;

/**
 * What an import did: the memos stored (or found already stored) in input order, and the files
 * refused. A refused file never stops the others.
 */
public record ImportReport(List<ImportedMemo> imported, List<FileProblem> problems, boolean cancelled) {

    public ImportReport {
        imported = List.copyOf(imported);
        problems = List.copyOf(problems);
    }

    public long created() {
        return imported.stream().filter(ImportedMemo::created).count();
    }
}
