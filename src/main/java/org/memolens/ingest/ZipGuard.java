package org.memolens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.memolens.domain.InvalidInputException;

/**
 * Checks a ZIP container (.docx) before any parser sees it: a bounded number of entries, a bounded
 * total size when unpacked, no entry that inflates by an absurd ratio (a zip bomb), and no XML part
 * that declares a DOCTYPE (the door for XML external entities and entity expansion). Unpacking
 * stops as soon as a limit is crossed, so a bomb costs at most the limit in CPU and no memory.
 */
final class ZipGuard {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Text compresses about 10:1; a few hundred to one means the content is repeated filler. */
    static final int MAX_RATIO = 200;
    private static final long RATIO_APPLIES_ABOVE = 1024 * 1024;

    private ZipGuard() {
    }

    static void check(byte[] zip, String name) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(name, "it holds more than " + MAX_ENTRIES + " parts");
                }
                boolean xml = isXml(entry.getName());
                byte[] head = new byte[xml ? 2048 : 0];
                int headLength = 0;
                long entrySize = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    entrySize += n;
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw refuse(name, "it unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                + " MB (a \"zip bomb\")");
                    }
                    if (entrySize > RATIO_APPLIES_ABOVE && entrySize > (long) MAX_RATIO * zip.length) {
                        throw refuse(name, "a part inflates more than " + MAX_RATIO + " times its packed size (a \"zip bomb\")");
                    }
                }
                if (xml && declaresDoctype(head, headLength)) {
                    throw refuse(name, "its XML declares a DOCTYPE, which can smuggle in external entities");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(name + " is damaged or not a Word document (" + e.getMessage()
                    + "). Open it in Word and save it again, or paste its text.", e);
        }
        if (entries == 0) {
            throw new InvalidInputException(name + " is not a Word document (.docx): it is not a ZIP package. "
                    + "Open it in Word and save it as .docx, or paste its text.");
        }
    }

    private static boolean isXml(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static boolean declaresDoctype(byte[] head, int length) {
        String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
        // UTF-16 XML interleaves NUL bytes; drop them so the check still sees the markup.
        return start.replace("\0", "").contains("<!DOCTYPE") || start.replace("\0", "").contains("<!ENTITY");
    }

    private static InvalidInputException refuse(String name, String why) {
        return new InvalidInputException(name + " was refused because " + why + ". It may be malicious; if you "
                + "trust it, open it in Word and save a fresh copy, or paste its text.");
    }

}
