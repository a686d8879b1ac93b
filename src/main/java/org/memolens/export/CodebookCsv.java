package org.memolens.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.InvalidInputException;

/**
 * A codebook as CSV, one row per code: {@code code, name, parent, colour, definition, examples},
 * examples one per line inside their cell. Reading needs the {@code code} and {@code name}
 * columns; the others may be missing or empty (a missing colour is left null for the caller, an
 * empty code takes the name, for the caller to turn into an identifier).
 */
public final class CodebookCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "parent", "colour", "definition", "examples");
    private static final int MAX_ROWS = 10_000;

    private CodebookCsv() {
    }

    /** Writes to {@code out} and flushes it; closing it stays with the caller. */
    public static void write(Codebook codebook, Writer out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            for (Code c : codebook.codes()) {
                csv.printRecord(c.code(), c.name(), c.parent() == null ? "" : c.parent(), c.colour(),
                        c.definition() == null ? "" : c.definition(), String.join("\n", c.examples()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes of a CSV codebook, in file order; {@code what} names the file in messages. */
    public static List<Code> read(Reader in, String what) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Code> codes = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = lowerCase(parser.getHeaderMap());
            if (!header.containsKey("code") || !header.containsKey("name")) {
                throw new InvalidInputException(what + " needs a header row with at least the columns code and name "
                        + "(and optionally parent, colour, definition, examples).");
            }
            for (CSVRecord row : parser) {
                if (codes.size() >= MAX_ROWS) {
                    throw new InvalidInputException(what + " has more than " + MAX_ROWS + " codes; refused.");
                }
                String code = cell(row, header, "code");
                String name = cell(row, header, "name");
                if (code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                if (name.isEmpty()) {
                    name = code;
                }
                String examples = cell(row, header, "examples");
                codes.add(new Code(code.isEmpty() ? name : code, name, cell(row, header, "definition"),
                        emptyToNull(cell(row, header, "colour")), emptyToNull(cell(row, header, "parent")),
                        examples.isEmpty() ? List.of() : Arrays.stream(examples.split("\r?\n")).map(String::strip)
                                .filter(s -> !s.isEmpty()).toList()));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException(what + " is not a readable CSV codebook: " + e.getMessage(), e);
        }
        return codes;
    }

    private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
        Map<String, Integer> result = new java.util.HashMap<>();
        header.forEach((k, v) -> result.put(k.strip().toLowerCase(Locale.ROOT), v));
        return result;
    }

    private static String cell(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
