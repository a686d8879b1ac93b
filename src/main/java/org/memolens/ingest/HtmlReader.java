package org.memolens.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page or an HTML e-mail: the main text only. Menus, navigation, headers and footers outside
 * the article, sidebars, forms, scripts and styles are dropped; blocks become paragraphs and list
 * items "- " lines, so sentence detection sees the page's layout.
 */
final class HtmlReader implements DocumentReader {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, menu, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [aria-hidden=true], [hidden]";
    private static final Pattern CHROME = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|cookie|cookies|share|social|skip-link|site-header|site-footer)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> BLOCKS = List.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "dl", "dt", "dd",
            "address", "figure", "figcaption", "hr", "body");

    @Override
    public String format() {
        return "web page";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public long maxBytes() {
        return 10L * 1024 * 1024;
    }

    @Override
    public boolean recognises(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
                && start.contains("<body");
    }

    @Override
    public ExtractedText read(byte[] bytes, String name) {
        return fromHtml(decode(bytes, name));
    }

    /** The main text and metadata of an HTML document given as a string. */
    static ExtractedText fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "property", "og:title"), ownText(doc.selectFirst("h1")), doc.title());
        String author = firstNonBlank(meta(doc, "name", "author"), meta(doc, "property", "article:author"));
        LocalDate date = date(firstNonBlank(meta(doc, "name", "date"), meta(doc, "property", "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
        doc.select(NEVER_TEXT).remove();
        Element container = doc.selectFirst("main, [role=main], article");
        if (container == null) {
            container = doc.body();
            container.select("header, footer").remove();
        }
        container.select("*").stream().filter(HtmlReader::isChrome).toList().forEach(Element::remove);
        return new ExtractedText(text(container), title, author, date);
    }

    private static boolean isChrome(Element e) {
        return CHROME.matcher(e.className()).find() || CHROME.matcher(e.id()).find();
    }

    /** The element's text with blocks as paragraphs, list items as "- " lines and {@code <br>} as line breaks. */
    static String text(Element root) {
        if (root == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n') {
                        s = s.stripLeading();
                    }
                    sb.append(s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimLineEnd(sb);
                        sb.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        paragraph(sb);
                        if (tag.equals("li")) {
                            sb.append("- ");
                        }
                    } else if (tag.equals("td") || tag.equals("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(sb);
                }
            }
        }, root);
        return sb.toString().replaceAll("(?m)^- \\s*$\\n?", "").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void paragraph(StringBuilder sb) {
        trimLineEnd(sb);
        if (sb.length() > 0 && !endsWith(sb, "\n\n")) {
            sb.append(endsWith(sb, "\n") ? "\n" : "\n\n");
        }
    }

    private static void trimLineEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static boolean endsWith(StringBuilder sb, String suffix) {
        return sb.length() >= suffix.length() && sb.substring(sb.length() - suffix.length()).equals(suffix);
    }

    /** UTF-8 (or a byte-order mark) when valid; else the page's declared charset; else Windows-1252. */
    private static String decode(byte[] bytes, String name) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name);
        if (decoded.charset().equals(TextDecoder.WINDOWS_1252)) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
            if (m.find() && Charset.isSupported(m.group(1))) {
                return new String(bytes, Charset.forName(m.group(1)));
            }
        }
        return decoded.text();
    }

    private static String meta(Document doc, String attribute, String value) {
        return attr(doc.selectFirst("meta[" + attribute + "=" + value + "]"), "content");
    }

    private static String attr(Element e, String attribute) {
        return e == null ? null : e.attr(attribute);
    }

    private static String ownText(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
