package org.memolens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the sample memos of {@code assets/samples/} that are not plain text (.eml, .docx, .pdf,
 * .html) from their team-written sources in {@code src/test/resources/org/memolens/ingest/samples/},
 * with the builders of {@link Fixtures}. A source starts with {@code Title:}, {@code Author:} and
 * {@code Date:} lines, which go into the format's own metadata (e-mail headers, document
 * properties, HTML meta tags), never into the text; its body is paragraphs separated by blank lines,
 * {@code ## } headings and {@code - } list items.
 *
 * <p>Regenerate the files (from the repository root) with
 * {@code mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.memolens.ingest.SampleMemoFiles}. Dates inside the files (creation date, ZIP
 * entry times, PDF trailer ID) come from the memo's date, so with the same JDK and library versions
 * every run writes the same bytes.
 */
public final class SampleMemoFiles {

    /** Where the samples live, relative to the repository root (the tests' working directory). */
    public static final Path FOLDER = Path.of("assets/samples");

    /** Output file name → source file name; the output's extension chooses the format. */
    public static final Map<String, String> SOURCES = sources();

    /** One team-written memo source: metadata and body blocks (paragraphs, headings, lists). */
    public record Source(String title, String author, String date, List<String> blocks) {
    }

    private SampleMemoFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
        for (String output : SOURCES.keySet()) {
            Path written = write(folder.resolve(output), source(output));
            System.out.printf("%s (%,d bytes)%n", written, Files.size(written));
        }
    }

    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("return-to-office-memo.eml", "return-to-office-memo.txt");
        sources.put("cost-reduction-memo.docx", "cost-reduction-memo.txt");
        sources.put("ai-automation-memo.pdf", "ai-automation-memo.txt");
        sources.put("support-after-layoffs-memo.html", "support-after-layoffs-memo.txt");
        return java.util.Collections.unmodifiableMap(sources);
    }

    /** The parsed source of the sample written to {@code output} (a key of {@link #SOURCES}). */
    public static Source source(String output) {
        String name = SOURCES.get(output);
        try (InputStream in = SampleMemoFiles.class.getResourceAsStream("samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no source for " + output);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source parse(String text) {
        String[] parts = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        List<String> blocks = List.of(parts).subList(1, parts.length).stream().map(String::strip).toList();
        return new Source(header.get("Title"), header.get("Author"), header.get("Date"), blocks);
    }

    static Path write(Path file, Source memo) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "eml" -> Fixtures.eml(file, memo.author(), memo.title(), memo.date(), plainText(memo.blocks()),
                    emailHtml(memo.blocks()));
            case "docx" -> fixedEntryTimes(Fixtures.docx(file, memo.title(), memo.author(),
                    calendar(memo.date()).getTime(), lines(memo.blocks())), LocalDate.parse(memo.date()));
            case "pdf" -> Fixtures.wrappedPdf(file, memo.title(), memo.author(), calendar(memo.date()),
                    lines(memo.blocks()));
            case "html" -> Files.writeString(file, webPage(memo), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no builder for " + name);
        };
    }

    /** The blocks as an e-mail client sends them: paragraphs wrapped at 72 columns. */
    private static String plainText(List<String> blocks) {
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            out.add(block.contains("\n") ? block : String.join("\n", wrap(block, 72)));
        }
        return String.join("\n\n", out) + "\n";
    }

    private static List<String> wrap(String paragraph, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** One string per paragraph or line: a signature's lines become separate paragraphs. */
    private static List<String> lines(List<String> blocks) {
        return blocks.stream().flatMap(b -> b.lines()).map(l -> l.startsWith("## ") ? l.substring(3) : l).toList();
    }

    private static String emailHtml(List<String> blocks) {
        StringBuilder html = new StringBuilder("<html><body style=\"font-family: Arial, sans-serif\">\n");
        html.append(htmlBlocks(blocks));
        return html.append("</body></html>\n").toString();
    }

    /**
     * An intranet page: the memo's body in an {@code <article>}; its title and byline above it, and a
     * menu, a sidebar and a footer around it, all of which the reader must leave out of the text.
     */
    private static String webPage(Source memo) {
        LocalDate date = LocalDate.parse(memo.date());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%1$s | Caddington Intranet</title>
                <meta name="author" content="%2$s">
                </head>
                <body>
                <header class="site-header">
                  <a class="logo" href="/">Caddington Health Software</a>
                  <nav>
                    <ul>
                      <li><a href="/news">Company news</a></li>
                      <li><a href="/benefits">Benefits portal</a></li>
                      <li><a href="/it">IT service desk</a></li>
                      <li><a href="/directory">People directory</a></li>
                    </ul>
                  </nav>
                </header>
                <div class="page">
                <aside class="sidebar">
                  <h3>Related news</h3>
                  <ul><li><a href="/news/town-hall">Town hall recording now available</a></li>
                  <li><a href="/news/parking">New parking arrangements at the Leeds office</a></li></ul>
                </aside>
                <div class="post-header">
                <h1>%1$s</h1>
                <p class="byline">%2$s, <time datetime="%3$s">%4$d %5$s %6$d</time></p>
                </div>
                <article>
                %7$s</article>
                </div>
                <footer>
                  <p>Caddington Health Software intranet. Internal use only.</p>
                  <p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a> | <a href="/help">Contact the web team</a></p>
                </footer>
                </body>
                </html>
                """.formatted(escape(memo.title()), escape(memo.author()), date, date.getDayOfMonth(),
                date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                date.getYear(), htmlBlocks(memo.blocks()));
    }

    private static String htmlBlocks(List<String> blocks) {
        StringBuilder html = new StringBuilder();
        for (String block : blocks) {
            if (block.startsWith("## ")) {
                html.append("<h2>").append(escape(block.substring(3))).append("</h2>\n");
            } else if (block.startsWith("- ")) {
                html.append("<ul>\n");
                block.lines().forEach(item -> html.append("<li>").append(escape(item.substring(2))).append("</li>\n"));
                html.append("</ul>\n");
            } else {
                html.append("<p>").append(escape(block).replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rewrites the ZIP with every entry dated {@code date}, so that the bytes do not depend on when it was built. */
    private static Path fixedEntryTimes(Path zipFile, LocalDate date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(date.atStartOfDay());
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return Files.write(zipFile, bytes.toByteArray());
    }

    private static GregorianCalendar calendar(String isoDate) {
        return GregorianCalendar.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC));
    }
}
