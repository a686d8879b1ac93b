package org.memolens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import org.memolens.domain.InvalidInputException;

/**
 * An e-mail saved as .eml, through Apache James mime4j: Subject becomes the title, From the author
 * and Date the date. The text/plain part is preferred; else the HTML part is reduced to its main
 * text as a web page would be. Attachments are ignored.
 */
final class EmlReader implements DocumentReader {

    private static final int MAX_BODY_CHARS = 5_000_000;

    @Override
    public String format() {
        return "e-mail";
    }

    @Override
    public List<String> extensions() {
        return List.of("eml");
    }

    @Override
    public long maxBytes() {
        return 25L * 1024 * 1024;
    }

    @Override
    public boolean recognises(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        String lower = start.toLowerCase(Locale.ROOT);
        return (lower.startsWith("received:") || lower.startsWith("return-path:") || lower.contains("\nmime-version:")
                || lower.startsWith("mime-version:")) && (lower.contains("\nfrom:") || lower.startsWith("from:"));
    }

    @Override
    public ExtractedText read(byte[] bytes, String name) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(100_000)
                .setMaxHeaderCount(2_000).build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            Message message = builder.parseMessage(new ByteArrayInputStream(bytes));
            try {
                TextBody plain = find(message, "text/plain");
                TextBody html = plain == null ? find(message, "text/html") : null;
                if (plain == null && html == null) {
                    throw new InvalidInputException(name + " has no text in it (no text/plain or text/html part). "
                            + "Paste the memo's text instead.");
                }
                String text = plain != null ? read(plain) : HtmlReader.fromHtml(read(html)).text();
                return new ExtractedText(text, message.getSubject(), author(message.getFrom()), date(message));
            } finally {
                message.dispose();
            }
        } catch (IOException e) {
            throw new InvalidInputException(name + " could not be read as an e-mail (" + e.getMessage()
                    + "). Save it again from your mail program as .eml, or paste its text.", e);
        }
    }

    /** The first part of this MIME type that is not an attachment, depth first. */
    private static TextBody find(Entity entity, String mimeType) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                TextBody found = find(part, mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
        if (!attachment && body instanceof TextBody text && mimeType.equalsIgnoreCase(entity.getMimeType())) {
            return text;
        }
        return null;
    }

    private static String read(TextBody body) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = body.getReader()) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                sb.append(buffer, 0, n);
                if (sb.length() > MAX_BODY_CHARS) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    private static String author(MailboxList from) {
        if (from == null || from.isEmpty()) {
            return null;
        }
        Mailbox sender = from.get(0);
        return sender.getName() != null && !sender.getName().isBlank()
                ? sender.getName() + " <" + sender.getAddress() + ">" : sender.getAddress();
    }

    /** The date as written in the sender's time zone; mime4j's parsed date (UTC) otherwise. */
    private static LocalDate date(Message message) {
        Field field = message.getHeader().getField("Date");
        if (field != null && field.getBody() != null) {
            String raw = field.getBody().replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
            try {
                return ZonedDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // fall back to mime4j's lenient parser
            }
        }
        return message.getDate() == null ? null : message.getDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
