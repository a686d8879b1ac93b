package org.memolens.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.memolens.domain.InvalidInputException;

/**
 * Reads an untrusted zip archive (.qdpx, a user model) into memory, refusing zip bombs and unsafe
 * names before and while inflating: too many entries, an entry or a total larger than the limits
 * (counted on the bytes actually inflated, not the sizes the archive claims), an entry that
 * inflates more than {@link Limits#maxRatio} times its compressed size, and names that are
 * absolute or climb out of the archive ("zip slip"). Nothing is ever written to disk.
 */
public final class SafeZip implements AutoCloseable {

    /** Bounds on what an archive may hold. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

        /** Generous for a project of memos (a memo is at most 5 million characters). */
        public static final Limits DEFAULT = new Limits(10_000, 64L << 20, 256L << 20, 100);
    }

    // Small entries may compress very well (a run of spaces) without being a bomb.
    private static final long RATIO_FLOOR_BYTES = 1L << 20;

    private final String what;
    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long inflated;

    private SafeZip(String what, ZipFile zip, Limits limits) {
        this.what = what;
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens and checks the archive's directory; {@code what} names it in messages ("The file x.qdpx"). */
    public static SafeZip open(Path file, Limits limits, String what) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new InvalidInputException(what + " is not a zip archive (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read: " + e.getMessage(), e);
        }
        SafeZip safe = new SafeZip(what, zip, limits);
        try {
            safe.checkDirectory();
        } catch (RuntimeException e) {
            safe.close();
            throw e;
        }
        return safe;
    }

    private void checkDirectory() {
        long declared = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw refuse("holds more than " + limits.maxEntries() + " entries");
            }
            String name = safeName(entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getSize() > limits.maxEntryBytes()) {
                throw refuse("has an entry (" + name + ") larger than " + mib(limits.maxEntryBytes()));
            }
            if (entry.getSize() > 0) {
                declared += entry.getSize();
            }
            if (declared > limits.maxTotalBytes()) {
                throw refuse("unpacks to more than " + mib(limits.maxTotalBytes()));
            }
            checkRatio(name, Math.max(entry.getSize(), 0), entry.getCompressedSize());
            entries.putIfAbsent(name, entry);
        }
    }

    /** The names of the files in the archive ('/' separated, as given). */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** The entry whose name equals {@code name} ignoring case, if any. */
    public String find(String name) {
        for (String n : entries.keySet()) {
            if (n.equalsIgnoreCase(name)) {
                return n;
            }
        }
        return null;
    }

    /** The bytes of one entry, inflated under the limits. */
    public byte[] read(String name) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new InvalidInputException(what + " has no entry " + name + ".");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                inflated += n;
                if (size > limits.maxEntryBytes()) {
                    throw refuse("has an entry (" + name + ") larger than " + mib(limits.maxEntryBytes()));
                }
                if (inflated > limits.maxTotalBytes()) {
                    throw refuse("unpacks to more than " + mib(limits.maxTotalBytes()));
                }
                checkRatio(name, size, entry.getCompressedSize());
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new InvalidInputException(what + " is damaged (" + name + ": " + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void checkRatio(String name, long size, long compressed) {
        if (size > RATIO_FLOOR_BYTES && size > (long) limits.maxRatio() * Math.max(compressed, 1)) {
            throw refuse("looks like a zip bomb: " + name + " inflates more than " + limits.maxRatio()
                    + " times its compressed size");
        }
    }

    private String safeName(String raw) {
        String name = raw.replace('\\', '/');
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..");
        if (unsafe) {
            throw refuse("contains an unsafe path (" + raw + ") that points outside the archive");
        }
        return name;
    }

    private InvalidInputException refuse(String why) {
        return new InvalidInputException(what + " was refused: it " + why + ". Nothing was imported.");
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
