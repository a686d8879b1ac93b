package org.memolens.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.memolens.domain.ImportedMemo;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.NewMemo;
import org.memolens.ingest.MemoFileReader;
import org.memolens.store.MemoRepository;

/** Use case: bring memos into the library from files or pasted text. The same text is never stored twice. */
public final class ImportMemos {

    /** Every file extension that can be imported, lower case without the dot. */
    public static final List<String> EXTENSIONS = MemoFileReader.EXTENSIONS;

    private final MemoFileReader reader;
    private final MemoRepository memos;

    public ImportMemos(MemoFileReader reader, MemoRepository memos) {
        this.reader = reader;
        this.memos = memos;
    }

    /** Imports each file on its own: a bad file is reported in the result and the rest still import. */
    public ImportReport importFiles(List<Path> files, Progress progress) {
        List<ImportedMemo> imported = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                return new ImportReport(imported, problems, true);
            }
            Path file = files.get(i);
            progress.update(i, files.size(), "Importing " + file.getFileName());
            try {
                imported.add(memos.add(reader.read(file)));
            } catch (InvalidInputException e) {
                problems.add(new FileProblem(file, e.getMessage()));
            }
        }
        progress.update(files.size(), files.size(), "Imported " + imported.size() + " of " + files.size());
        return new ImportReport(imported, problems, false);
    }

    /** Stores pasted text with the metadata the user typed; a header in the text fills in what is blank. */
    public ImportedMemo importText(String title, String author, LocalDate date, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The memo text is empty or only whitespace; paste the memo's text first.");
        }
        NewMemo parsed = MemoFileReader.fromText(text, title == null || title.isBlank() ? "Untitled memo" : title, "pasted");
        MemoMetadata fromHeader = parsed.metadata();
        MemoMetadata metadata = new MemoMetadata(
                title == null || title.isBlank() ? fromHeader.title() : title,
                author == null || author.isBlank() ? fromHeader.author() : author,
                date == null ? fromHeader.date() : date,
                fromHeader.source());
        return memos.add(new NewMemo(metadata, parsed.text()));
    }
}
