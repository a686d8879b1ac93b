package org.memolens.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.ToneLabel;
import org.memolens.nlp.tone.ToneExample;

/**
 * Reads labelled texts: {@code label<TAB>text} lines (.tsv, .txt) or JSON Lines with {@code "text"}
 * and {@code "tone"} keys (.jsonl, as in assets/data/memo-sentences). A tab-separated file may start
 * with a header row that names its label column ({@code label}, {@code tone} or {@code sentiment})
 * and its text column ({@code text} or {@code sentence}); other columns are then ignored, as in the
 * {@code .scored.tsv} files of the shared data. Labels may be abbreviated ({@code pos}, {@code neu},
 * {@code neg}) and are read in any case. Blank lines are skipped; any other malformed line is
 * refused with its line number.
 */
final class LabelledFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledFiles() {
    }

    static List<ToneExample> read(Path file, ToneExample.Part part) {
        List<String> lines = lines(file);
        boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<ToneExample> examples = new ArrayList<>();
        Columns columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!jsonl && columns == null) {
                columns = Columns.of(file, i + 1, line);
                if (columns.header()) {
                    continue;
                }
            }
            ToneExample e = jsonl ? fromJson(file, i + 1, line) : fromTsv(file, i + 1, line, columns);
            if (part.contains(e.text())) {
                examples.add(e);
            }
        }
        if (examples.isEmpty()) {
            throw new InvalidInputException(file + " has no labelled texts" + (part.equals(ToneExample.Part.ALL) ? "" : " in part "
                    + part.code()) + ".");
        }
        return examples;
    }

    /**
     * Where label and text are in each line: the first field and the rest, or the columns a header
     * row names (the text column takes the rest of the line when it is the last one).
     */
    private record Columns(boolean header, int label, int text, int count) {

        static final Columns PLAIN = new Columns(false, 0, 1, 2);
        private static final List<String> LABEL_NAMES = List.of("label", "tone", "sentiment");
        private static final List<String> TEXT_NAMES = List.of("text", "sentence");

        /** The layout given by the first non-blank line: a header row, or a first labelled line. */
        static Columns of(Path file, int lineNumber, String firstLine) {
            String first = firstLine.split("\t", -1)[0];
            if (LABELS.containsKey(unquoted(first).toLowerCase(Locale.ROOT))) {
                return PLAIN;
            }
            List<String> names = Arrays.stream(firstLine.split("\t", -1))
                    .map(n -> unquoted(n).toLowerCase(Locale.ROOT)).toList();
            int label = firstIndex(names, LABEL_NAMES);
            int text = firstIndex(names, TEXT_NAMES);
            if (label < 0 || text < 0) {
                throw bad(file, lineNumber, "unknown label '" + first.strip() + "' (use positive, neutral or negative;"
                        + " a header row must name a label column (label, tone or sentiment) and a text column (text or sentence))");
            }
            return new Columns(true, label, text, names.size());
        }

        private static int firstIndex(List<String> names, List<String> wanted) {
            for (int i = 0; i < names.size(); i++) {
                if (wanted.contains(names.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static ToneExample fromTsv(Path file, int lineNumber, String line, Columns columns) {
        if (!columns.header()) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw bad(file, lineNumber, "expected label<TAB>text");
            }
            return new ToneExample(label(file, lineNumber, line.substring(0, tab)), line.substring(tab + 1).strip());
        }
        boolean textLast = columns.text() == columns.count() - 1;
        String[] fields = line.split("\t", textLast ? columns.count() : -1);
        if (fields.length <= Math.max(columns.label(), columns.text())) {
            throw bad(file, lineNumber, "expected " + columns.count() + " tab-separated columns as in the header");
        }
        return new ToneExample(label(file, lineNumber, fields[columns.label()]), fields[columns.text()].strip());
    }

    /** Label spellings accepted in files, lower case. */
    private static final Map<String, ToneLabel> LABELS = Map.of(
            "positive", ToneLabel.POSITIVE, "pos", ToneLabel.POSITIVE,
            "neutral", ToneLabel.NEUTRAL, "neu", ToneLabel.NEUTRAL,
            "negative", ToneLabel.NEGATIVE, "neg", ToneLabel.NEGATIVE);

    private static ToneExample fromJson(Path file, int lineNumber, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode text = node.get("text");
            JsonNode tone = node.get("tone");
            if (text == null || !text.isTextual() || tone == null || !tone.isTextual()) {
                throw bad(file, lineNumber, "expected an object with \"text\" and \"tone\"");
            }
            return new ToneExample(label(file, lineNumber, tone.asText()), text.asText().strip());
        } catch (JsonProcessingException e) {
            throw bad(file, lineNumber, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /**
     * A label or column name without the double quotes some spreadsheet exports put around every
     * field. Texts are read as they are: their quotes may be part of the sentence.
     */
    static String unquoted(String field) {
        String f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1).strip() : f;
    }

    private static ToneLabel label(Path file, int lineNumber, String code) {
        ToneLabel label = LABELS.get(unquoted(code).toLowerCase(Locale.ROOT));
        if (label == null) {
            throw bad(file, lineNumber, "unknown label '" + code.strip() + "' (use positive, neutral or negative)");
        }
        return label;
    }

    private static InvalidInputException bad(Path file, int lineNumber, String what) {
        return new InvalidInputException(file + ", line " + lineNumber + ": " + what + ".");
    }

    private static List<String> lines(Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder; give a labelled .tsv or .jsonl file.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + " does not exist.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new InvalidInputException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
