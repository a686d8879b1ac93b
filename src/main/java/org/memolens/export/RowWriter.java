package org.memolens.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
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
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** A JSON array of row objects. */
    final class Json implements RowWriter {
        private final JsonGenerator json;
        private final List<String> columns;

        Json(Writer out, List<String> columns) {
            this.columns = List.copyOf(columns);
            try {
                json = new ObjectMapper().getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<Object> values) {
            try {
                json.writeRaw('\n');
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i));
                    write(values.get(i));
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(Object value) throws IOException {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer i) {
                json.writeNumber(i);
            } else if (value instanceof Long l) {
                json.writeNumber(l);
            } else if (value instanceof Double d) {
                json.writeNumber(d);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString(value.toString());
            }
        }

        @Override
        public void close() {
            try {
                json.writeRaw('\n');
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
