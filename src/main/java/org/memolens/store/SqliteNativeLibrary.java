package org.memolens.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Lets sqlite-jdbc load its native library from a per-user copy ({@code ~/.memolens/native/...}),
 * written once per driver version, instead of extracting the 1 MB library to a new temporary file
 * and comparing it byte by byte on every start (about 0.2 s of a cold start). It uses the driver's
 * documented {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties.
 *
 * <p>Anything unusual (a property already set, no library for this platform in the jar, an
 * unwritable home) leaves the driver to its own default, which always works.
 */
final class SqliteNativeLibrary {

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy under {@code home}, writing it first if needed; at most once. */
    static synchronized void useCachedCopy(Path home) {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            Path library = cachedCopy(home);
            if (library != null) {
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            // The driver extracts the library itself, as without this class.
        }
    }

    /**
     * The copy of this platform's library under {@code home}, written if it is missing or not the
     * size of the one in the jar; null when the jar has no library for this platform.
     */
    static Path cachedCopy(Path home) throws IOException {
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
        if (resource == null) {
            return null;
        }
        Path folder = home.resolve(".memolens").resolve("native")
                .resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
        Path library = folder.resolve(name);
        long size = resource.openConnection().getContentLengthLong();
        if (!Files.isRegularFile(library) || Files.size(library) != size) {
            write(resource, folder, library);
        }
        return library;
    }

    /** Writes beside the target and renames it into place, so a half-written library is never loaded. */
    private static void write(URL resource, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, library.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
