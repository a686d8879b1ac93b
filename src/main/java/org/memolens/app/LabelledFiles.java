package org.memolens.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.ToneLabel;
import org.memolens.nlp.tone.ToneExample;

/**
 * Reads labelled texts: {@code label<TAB>text} lines (.tsv, .txt) or JSON Lines with {@code "text"}
 * and {@code "tone"} keys (.jsonl, as in assets/data/memo-sentences). Blank lines are skipped; any
 * other malformed line is refused with its line number.
 */
final class LabelledFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledFiles() {
    }

    static List<ToneExample> read(Path file, ToneExample.Part part) {
        List<String> lines = lines(file);
        boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<ToneExample> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ToneExample e = jsonl ? fromJson(file, i + 1, line) : fromTsv(file, i + 1, line);
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

    private static ToneExample fromTsv(Path file, int lineNumber, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw bad(file, lineNumber, "expected label<TAB>text");
        }
        return new ToneExample(label(file, lineNumber, line.substring(0, tab)), line.substring(tab + 1).strip());
    }

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

    private static ToneLabel label(Path file, int lineNumber, String code) {
        try {
            return ToneLabel.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw bad(file, lineNumber, "unknown label '" + code.strip() + "' (use positive, neutral or negative)");
        }
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
