package org.memolens.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The desktop's small settings file (window layout, last folder, theme, zoom), a properties file
 * next to the database, so every database keeps its own and tests never touch the user's home.
 * A missing or unreadable file gives empty settings: settings are a comfort, never a reason to fail.
 *
 * <p>Does file I/O: call from a worker thread (or before the window opens).
 */
public final class SettingsFile {

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The settings file next to a database file. */
    public static SettingsFile besideDatabase(Path databaseFile) {
        return new SettingsFile(databaseFile.toAbsolutePath().resolveSibling("settings.properties"));
    }

    public Path file() {
        return file;
    }

    public Map<String, String> load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return Map.of();
            }
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    /** Writes all settings at once, through a temporary file, so a crash never leaves half a file. */
    public void save(Map<String, String> values) throws IOException {
        Properties p = new Properties();
        p.putAll(values);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "MemoLens desktop settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
