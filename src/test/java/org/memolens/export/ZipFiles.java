package org.memolens.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives for tests, hostile ones included. */
public final class ZipFiles {

    private ZipFiles() {
    }

    /** A zip with these entries (name to UTF-8 text), in map order. */
    public static Path of(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A zip whose entry {@code name} inflates to {@code bytes} zero bytes (a few kilobytes compressed). */
    public static Path bomb(Path file, String name, long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A zip with {@code count} tiny entries. */
    public static Path manyEntries(Path file, int count) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return file;
    }
}
