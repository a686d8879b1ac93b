package org.memolens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.memolens.domain.Coding;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;

/**
 * Codings as CSV, one row per coded span, for R, Python or a spreadsheet. {@code start} and
 * {@code end} are UTF-16 offsets [start, end) into the memo text, as everywhere in MemoLens;
 * {@code code_path} is the code's ancestry, "PARENT/CHILD"; {@code sentence} is the text of the
 * sentence or sentences the span lies in.
 */
public final class CodingCsv {

    public static final List<String> COLUMNS = List.of("coding_id", "memo_id", "title", "author", "date", "source", "code",
            "code_name", "code_path", "coder", "text", "start", "end", "note", "sentence", "created_at", "updated_at");

    private CodingCsv() {
    }

    /** One coding with what the CSV shows about it. */
    public record Row(Memo memo, Coding coding, String codeName, String codePath, String coder, String sentence) {
    }

    /** Writes to {@code out} and flushes it; closing it stays with the caller. */
    public static void write(List<Row> rows, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            for (Row r : rows) {
                csv.printRecord(values(r));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of one row, in the order of {@link #COLUMNS}. */
    public static List<Object> values(Row r) {
        MemoMetadata m = r.memo().metadata();
        Coding c = r.coding();
        return List.of(c.id(), r.memo().id(), m.title(), nullToEmpty(m.author()),
                m.date() == null ? "" : m.date().toString(), nullToEmpty(m.source()), c.code(), r.codeName(),
                r.codePath(), r.coder(), c.quote(), c.start(), c.end(), nullToEmpty(c.note()), r.sentence(),
                c.createdAt().toString(), c.updatedAt().toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
