package org.memolens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes export rows as they come, so an export of any size runs in little memory. CSV is RFC 4180
 * with a header row; JSON is one array of objects keyed by the same column names, values typed.
 * Neither closes the underlying writer.
 */
public interface RowWriter extends AutoCloseable {

    void row(List<Object> values);

    /** Ends the document (the JSON array) and flushes. */
    @Override
    void close();

    static RowWriter csv(Writer out, List<String> columns) {
        return new Csv(out, columns);
    }

    static RowWriter json(Writer out, List<String> columns) {
        return new Json(out, columns);
    }

    /** RFC 4180 CSV with a header row. */
    final class Csv implements RowWriter {
        private final CSVPrinter printer;

        Csv(Writer out, List<String> columns) {
            try {
                printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<Object> values) {
            try {
                printer.printRecord(values.stream().map(Csv::cell).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A number as plain decimals: Java writes doubles below 0.001 as "3.0E-4", which spreadsheets
         * and statistics packages may read as text.
         */
        static Object cell(Object value) {
            if (value instanceof Double d && Double.isFinite(d) && Double.toString(d).contains("E")) {
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            return value;
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A JSON array of row objects, one object per line. */
    final class Json implements RowWriter {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final Writer out;
        private final List<String> columns;
        private boolean first = true;

        Json(Writer out, List<String> columns) {
            this.out = out;
            this.columns = List.copyOf(columns);
            write("[");
        }

        @Override
        public void row(List<Object> values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), values.get(i));
            }
            try {
                write((first ? "\n" : ",\n") + MAPPER.writeValueAsString(row));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a row of plain values always serialises", e);
            }
            first = false;
        }

        @Override
        public void close() {
            write("\n]\n");
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
