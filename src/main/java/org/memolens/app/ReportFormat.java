package org.memolens.app;

import java.util.Locale;

/** The file formats a report can be exported in. */
public enum ReportFormat {
    HTML("html"), CSV("csv"), JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, HTML when it has none of ours. */
    public static ReportFormat forFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        return HTML;
    }
}
