package org.memolens.ingest;

import java.util.List;

/** Plain text and Markdown, in any encoding {@link TextDecoder} recognises. */
final class PlainTextReader implements DocumentReader {

    @Override
    public String format() {
        return "text file";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "md", "markdown", "text");
    }

    @Override
    public long maxBytes() {
        return 10L * 1024 * 1024;
    }

    @Override
    public boolean recognises(byte[] head) {
        return !TextDecoder.looksBinary(head);
    }

    @Override
    public ExtractedText read(byte[] bytes, String name) {
        return ExtractedText.of(TextDecoder.decode(bytes, name).text());
    }
}
