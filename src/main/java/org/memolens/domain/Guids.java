package org.memolens.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * GUIDs for REFI-QDA exchange. Things MemoLens creates get name-based GUIDs (UUID version 3) derived
 * from what identifies them, so that two databases seeded from the same shipped codebook give the
 * same code the same GUID, and exporting twice gives the same file.
 */
public final class Guids {

    private Guids() {
    }

    /** A stable GUID for {@code key} within {@code kind} ("code", "coder", "memo", ...), lower case. */
    public static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("memolens-" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A GUID in the canonical lower-case 8-4-4-4-12 form, braces removed; throws on anything else. */
    public static String normalise(String guid) {
        String g = guid == null ? "" : guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        if (!g.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new InvalidInputException("\"" + guid + "\" is not a GUID.");
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
