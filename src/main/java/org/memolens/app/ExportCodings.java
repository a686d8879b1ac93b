package org.memolens.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.TextSpan;
import org.memolens.export.AtomicFiles;
import org.memolens.export.CodingCsv;
import org.memolens.store.CodingRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: codings as CSV, one row per coded span ({@link CodingCsv}), optionally only some
 * coders' or memos'. Thread-safe; reads the database and writes a file, off the UI thread.
 */
public final class ExportCodings {

    private final MemoRepository memos;
    private final CodingRepository codings;
    private final ManageCoders coders;
    private final ManageCodebook codebook;
    private final MemoSentences sentences;

    ExportCodings(MemoRepository memos, CodingRepository codings, ManageCoders coders, ManageCodebook codebook,
            MemoSentences sentences) {
        this.memos = memos;
        this.codings = codings;
        this.coders = coders;
        this.codebook = codebook;
        this.sentences = sentences;
    }

    /** The rows, for callers that write them elsewhere (the general export command, say). */
    public List<CodingCsv.Row> rows(List<String> coderNames, List<Long> memoIds) {
        List<Long> coderIds = coders.require(coderNames).stream().map(Coder::id).toList();
        Codebook current = codebook.current();
        Map<Long, String> coderNamesById = new HashMap<>();
        coders.list().forEach(c -> coderNamesById.put(c.id(), c.name()));
        Map<Long, Memo> memoCache = new HashMap<>();
        Map<Long, List<TextSpan>> sentenceCache = new HashMap<>();
        List<CodingCsv.Row> rows = new ArrayList<>();
        for (Coding c : codings.find(coderIds, memoIds, List.of())) {
            Memo memo = memoCache.computeIfAbsent(c.memoId(), id -> memos.find(id).orElseThrow());
            List<TextSpan> split = sentenceCache.computeIfAbsent(c.memoId(), id -> sentences.of(memo));
            rows.add(new CodingCsv.Row(memo, c, current.find(c.code()).map(Code::name).orElse(c.code()),
                    ManageCodebook.path(current, c.code()), coderNamesById.getOrDefault(c.coderId(), "?"),
                    MemoSentences.surrounding(memo.text(), split, c.span())));
        }
        return rows;
    }

    /** Writes the CSV to {@code file} (replacing it only once complete) and returns the number of rows. */
    public int toCsv(Path file, List<String> coderNames, List<Long> memoIds) {
        List<CodingCsv.Row> rows = rows(coderNames, memoIds);
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                CodingCsv.write(rows, writer);
                writer.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return rows.size();
    }
}
