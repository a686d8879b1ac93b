package org.memolens.nlp.tone;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.util.model.BaseModel;

/**
 * Model files that are byte for byte the same when the training is the same. OpenNLP writes the
 * creation time into the manifest and the zip entries; both are fixed here, so a rebuilt model can
 * be compared with the shipped one by its checksum.
 */
final class ModelBytes {

    /** 1 January 2000: the zip format stores DOS times, which cannot go back to 1970. */
    private static final long FIXED_TIME = 946_684_800_000L;

    private ModelBytes() {
    }

    static byte[] stable(BaseModel model) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            return normalised(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("serialising to memory cannot fail", e);
        }
    }

    private static byte[] normalised(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    content = stableManifest(new String(content, StandardCharsets.ISO_8859_1))
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                z.putNextEntry(copy);
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The manifest without its date comment and with a fixed creation time, lines sorted. */
    static String stableManifest(String properties) {
        StringBuilder sb = new StringBuilder();
        properties.lines()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.startsWith("Timestamp=") ? "Timestamp=0" : line)
                .sorted()
                .forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }
}
