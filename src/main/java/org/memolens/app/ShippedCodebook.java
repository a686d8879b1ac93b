package org.memolens.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.MemoLensException;

/**
 * Reads the shipped frame codebook ({@code assets/codebook/frames-v1.json}, on the class path as
 * {@value #RESOURCE}) for seeding a project's own codebook. Only what a codebook editor needs is
 * read (code, name, definition, examples, colour); rule indicators are the frame detector's business.
 * This is the one place to point at the frames loader once both live in the same tree.
 */
public final class ShippedCodebook {

    public static final String RESOURCE = "memolens/assets/codebook/frames-v1.json";

    private ShippedCodebook() {
    }

    /** The shipped codebook, or empty if this installation carries none. */
    public static Optional<Codebook> load() {
        try (InputStream in = ShippedCodebook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new MemoLensException(MemoLensException.Fix.INSTALLATION,
                    "The shipped codebook " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses the codebook JSON: {"codebook": id, "version": n, "codes": [{"code", "name", ...}]}. */
    public static Codebook read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("codes").isArray()) {
            throw new IOException("no \"codes\" array");
        }
        List<Code> codes = new ArrayList<>();
        for (JsonNode c : root.path("codes")) {
            List<String> examples = new ArrayList<>();
            c.path("examples").forEach(e -> examples.add(e.asText()));
            String parent = c.hasNonNull("parent") ? c.get("parent").asText() : null;
            codes.add(new Code(c.path("code").asText(), c.path("name").asText(c.path("code").asText()),
                    c.path("definition").asText(""), c.path("colour").asText(""), parent, examples));
        }
        return new Codebook(root.path("codebook").asText("memolens-frames"), root.path("version").asInt(1), codes);
    }
}
