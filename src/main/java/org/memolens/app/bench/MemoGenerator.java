package org.memolens.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.memolens.domain.MemoText;

/**
 * Generates realistic corporate memos for benchmarks from sentence templates written by the
 * MemoLens team ({@code memo-sentences.txt}): a greeting, paragraphs of context, announcement,
 * rationale, impact, support, procedure and outlook, and a closing, with names, numbers and dates
 * drawn at random. Deterministic: the same seed gives the same memos, on every machine.
 *
 * <p>Not thread-safe (it holds a {@link Random}); use one per thread.
 */
public final class MemoGenerator {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    /** Body sections in the order a memo visits them, with the fewest and most sentences each time. */
    private static final String[][] BODY = {
        {"context", "2", "4"}, {"announcement", "1", "3"}, {"rationale", "2", "3"}, {"impact", "1", "3"},
        {"support", "2", "3"}, {"procedure", "1", "3"}, {"responsibility", "0", "2"}, {"opportunity", "1", "2"}};

    private final Map<String, List<String>> sections;
    private final Map<String, List<String>> slots;
    private final Random random;

    public MemoGenerator(long seed) {
        this.random = new Random(seed);
        this.sections = new LinkedHashMap<>();
        this.slots = new LinkedHashMap<>();
        parse(read());
    }

    /** A memo of about {@code words} words (never fewer), starting with a "Subject:" header line. */
    public String memo(int words) {
        String company = pick("company");
        StringBuilder text = new StringBuilder();
        text.append("Subject: ").append(company).append(' ').append(pick("team")).append(" update ")
                .append(1 + random.nextInt(999)).append("\n\n");
        text.append(fill(pick(sections.get("greeting")), company)).append("\n\n");
        while (MemoText.wordCount(text.toString()) < words - 25) {
            for (String[] section : BODY) {
                int count = Integer.parseInt(section[1]) + random.nextInt(Integer.parseInt(section[2]) - Integer.parseInt(section[1]) + 1);
                if (count == 0) {
                    continue;
                }
                List<String> paragraph = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    paragraph.add(fill(pick(sections.get(section[0])), company));
                }
                text.append(String.join(" ", paragraph)).append("\n\n");
                if (MemoText.wordCount(text.toString()) >= words - 25) {
                    break;
                }
            }
        }
        List<String> closing = sections.get("closing");
        text.append(fill(closing.get(random.nextInt(4)), company)).append("\n\n");
        text.append(fill(closing.get(4 + random.nextInt(closing.size() - 4)), company)).append('\n');
        return text.toString();
    }

    private String fill(String template, String company) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value = switch (slot) {
                case "company" -> company;
                case "number" -> Integer.toString(2 + random.nextInt(random.nextBoolean() ? 20 : 900));
                case "percent" -> Integer.toString(3 + random.nextInt(28));
                default -> pick(slot);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String pick(String slot) {
        List<String> values = slots.get(slot);
        if (values == null) {
            throw new IllegalStateException("memo-sentences.txt has no values for {" + slot + "}");
        }
        return pick(values);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void parse(String resource) {
        String section = null;
        for (String line : resource.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                section = t.substring(1, t.length() - 1);
                continue;
            }
            if ("slots".equals(section)) {
                int colon = t.indexOf(':');
                slots.put(t.substring(0, colon).strip(), List.of(t.substring(colon + 1).strip().split("\\|")));
            } else {
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
            }
        }
    }

    private static String read() {
        try (InputStream in = MemoGenerator.class.getResourceAsStream("memo-sentences.txt")) {
            if (in == null) {
                throw new IllegalStateException("memo-sentences.txt is missing from the installation");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
