package org.memolens.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata written at the top of a memo: e-mail style header lines ("Title:", "Subject:", "From:",
 * "Date:") before the first blank line, or Markdown front matter between "---" lines. The header
 * is removed from the text only when it holds at least one known field, so a memo that merely
 * starts with "Note: ..." keeps its first line.
 */
final class MemoHeader {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z -]{0,20}):\\s*(.*)$");
    private static final List<String> KNOWN = List.of("title", "subject", "re", "from", "author", "by", "date", "sent",
            "to", "cc", "source", "url");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,2}\\s+(.+?)\\s*#*$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH));

    final Map<String, String> fields;
    final String body;

    private MemoHeader(Map<String, String> fields, String body) {
        this.fields = fields;
        this.body = body;
    }

    static MemoHeader parse(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (t.startsWith("---\n")) {
            int end = t.indexOf("\n---", 4);
            if (end > 0) {
                Map<String, String> fields = fields(t.substring(4, end));
                int bodyStart = t.indexOf('\n', end + 4);
                return new MemoHeader(fields, bodyStart < 0 ? "" : t.substring(bodyStart + 1));
            }
        }
        int blank = t.indexOf("\n\n");
        String head = blank < 0 ? "" : t.substring(0, blank);
        Map<String, String> fields = fields(head);
        if (!fields.isEmpty() && head.lines().allMatch(l -> FIELD.matcher(l.strip()).matches())) {
            return new MemoHeader(fields, t.substring(blank + 2));
        }
        return new MemoHeader(Map.of(), t);
    }

    /** The title field, else a leading Markdown heading, else null. */
    String title() {
        String title = first("title", "subject", "re");
        if (title == null) {
            String firstLine = body.strip().lines().findFirst().orElse("");
            Matcher heading = MARKDOWN_HEADING.matcher(firstLine);
            if (heading.matches()) {
                title = heading.group(1);
            }
        }
        return title;
    }

    String author() {
        return first("from", "author", "by");
    }

    String source() {
        return first("source", "url");
    }

    /** The date field, if it parses in a common format; an unparseable date is ignored, not fatal. */
    LocalDate date() {
        String value = first("date", "sent");
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        Matcher iso = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(cleaned);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group());
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private String first(String... keys) {
        for (String key : keys) {
            String v = fields.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Map<String, String> fields(String head) {
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : head.split("\n")) {
            Matcher m = FIELD.matcher(line.strip());
            if (m.matches()) {
                String key = m.group(1).strip().toLowerCase(Locale.ROOT);
                if (KNOWN.contains(key)) {
                    known.putIfAbsent(key, unquote(m.group(2).strip()));
                }
            }
        }
        return known;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
