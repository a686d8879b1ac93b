package org.memolens.nlp.framing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.memolens.domain.MemoLensException.Fix;

/**
 * A JSON document that remembers on which line each value starts, so that a validation error can
 * say "line 27, field codes[3].indicators.patterns[1]" and not only what is wrong. Typed getters
 * throw {@link AssetFormatException} naming the file, the line and the field.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Fix fix;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(String file, Fix fix, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.fix = fix;
        this.root = root;
        this.lines = lines;
    }

    /** Reads one JSON document; a syntax error names its line and column. */
    static LocatedJson parse(String file, Fix fix, InputStream in) {
        return parse(file, fix, in, 0);
    }

    /** Parses one line of a JSON Lines file; {@code lineNumber} (1-based) is reported in errors. */
    static LocatedJson parseLine(String file, Fix fix, int lineNumber, String line) {
        return parse(file, fix, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), lineNumber - 1);
    }

    private static LocatedJson parse(String file, Fix fix, InputStream in, int lineOffset) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new AssetFormatException(fix, file, lineOffset, null, "there is no JSON here (empty).", null);
            }
            JsonNode root = read(parser, "", lines, lineOffset);
            if (parser.nextToken() != null) {
                throw new AssetFormatException(fix, file, lineOffset + parser.currentTokenLocation().getLineNr(), null,
                        "unexpected content after the end of the JSON value.", null);
            }
            return new LocatedJson(file, fix, root, lines);
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 0 : lineOffset + e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new AssetFormatException(fix, file, line, null, "not valid JSON (column " + column + "): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AssetFormatException(fix, file, 0, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, Integer> lines, int lineOffset)
            throws IOException {
        lines.put(path, lineOffset + parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, path.isEmpty() ? name : path + "." + name, lines, lineOffset));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + i++ + "]", lines, lineOffset));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    String file() {
        return file;
    }

    /** A failure at {@code path}, with the line where that value (or its nearest parent) starts. */
    AssetFormatException error(String path, String problem) {
        String p = path;
        Integer line = lines.get(p);
        while (line == null && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
            line = lines.get(p);
        }
        return new AssetFormatException(fix, file, line == null ? 0 : line, path, problem, null);
    }

    JsonNode node(String path) {
        JsonNode node = root;
        if (path.isEmpty()) {
            return node;
        }
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("[")) {
                node = node == null ? null : node.get(Integer.parseInt(part.substring(1, part.length() - 1)));
            } else {
                node = node == null ? null : node.get(part);
            }
        }
        return node;
    }

    ObjectNode object(String path) {
        JsonNode node = node(path);
        if (node == null || !node.isObject()) {
            throw error(path, node == null ? "is missing (an object is required)." : "must be an object.");
        }
        return (ObjectNode) node;
    }

    /** A required non-blank string. */
    String text(String path) {
        JsonNode node = node(path);
        if (node == null || node.isNull()) {
            throw error(path, "is missing.");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(path, "must be a non-empty string.");
        }
        return node.asText();
    }

    /** An optional string: null when absent. */
    String optionalText(String path) {
        JsonNode node = node(path);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw error(path, "must be a string.");
        }
        return node.asText();
    }

    int positiveInt(String path) {
        JsonNode node = node(path);
        if (node == null || !node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > Integer.MAX_VALUE) {
            throw error(path, node == null ? "is missing (a positive whole number is required)."
                    : "must be a positive whole number.");
        }
        return node.asInt();
    }

    /** Number of elements of a required array. */
    int size(String path) {
        JsonNode node = node(path);
        if (node == null || !node.isArray()) {
            throw error(path, node == null ? "is missing (a list is required)." : "must be a list.");
        }
        return node.size();
    }

    /** A list of strings, empty when absent. */
    List<String> texts(String path) {
        JsonNode node = node(path);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw error(path, "must be a list of strings.");
        }
        for (int i = 0; i < node.size(); i++) {
            values.add(text(path + "[" + i + "]"));
        }
        return values;
    }
}
