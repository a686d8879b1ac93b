package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class SqliteNativeLibraryTest {

    @TempDir
    Path home;

    @Test
    void theCopyIsTheDriversLibraryForThisPlatform() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(home);
        assertNotNull(copy, "the driver ships a library for the machines MemoLens runs on");
        assertTrue(copy.startsWith(home.resolve(".memolens/native/sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())));
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/"
                + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + copy.getFileName())) {
            assertArrayEquals(sha256(in.readAllBytes()), sha256(Files.readAllBytes(copy)));
        }
    }

    @Test
    void anExistingCopyIsNotWrittenAgain() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(home);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, old);
        assertEquals(copy, SqliteNativeLibrary.cachedCopy(home));
        assertEquals(old, Files.getLastModifiedTime(copy));
    }

    @Test
    void aTruncatedCopyIsReplaced() throws Exception {
        Path copy = SqliteNativeLibrary.cachedCopy(home);
        long size = Files.size(copy);
        Files.write(copy, new byte[10]);
        SqliteNativeLibrary.cachedCopy(home);
        assertEquals(size, Files.size(copy));
        try (var files = Files.list(copy.getParent())) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
