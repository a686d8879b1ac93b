package org.memolens.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.memolens.domain.Codebook;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoLensException;
import org.memolens.export.AnalysisJson;
import org.memolens.export.ComparisonJson;
import org.memolens.export.HtmlReport;
import org.memolens.export.ReportCsv;
import org.memolens.research.Comparison;

/**
 * Use case: write the report of one memo or of a comparison to a file, as HTML, CSV or JSON. The
 * file is written beside its target and moved into place, so a failed export never leaves half a
 * report behind.
 */
public final class ExportReports {

    private final Supplier<Codebook> codebook;
    private final Clock clock;

    public ExportReports(Supplier<Codebook> codebook, Clock clock) {
        this.codebook = codebook;
        this.clock = clock;
    }

    public String memoReport(Memo memo, MemoAnalysis analysis, ReportFormat format) {
        return switch (format) {
            case HTML -> HtmlReport.memo(memo, analysis, codebook.get(), clock.instant());
            case CSV -> ReportCsv.sentences(memo, analysis);
            case JSON -> AnalysisJson.write(List.of(new AnalysisJson.Entry(memo, analysis)));
        };
    }

    public String comparisonReport(Comparison comparison, ReportFormat format) {
        return switch (format) {
            case HTML -> HtmlReport.comparison(comparison, codebook.get(), clock.instant());
            case CSV -> ReportCsv.comparison(comparison);
            case JSON -> ComparisonJson.write(comparison);
        };
    }

    public Path writeMemoReport(Memo memo, MemoAnalysis analysis, Path file) {
        return write(file, memoReport(memo, analysis, ReportFormat.forFile(file.toString())));
    }

    public Path writeComparisonReport(Comparison comparison, Path file) {
        return write(file, comparisonReport(comparison, ReportFormat.forFile(file.toString())));
    }

    private static Path write(Path file, String content) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(target + " is a folder; give a file name such as report.html.");
        }
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = Files.createTempFile(parent, ".memolens-report", ".tmp");
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new MemoLensException(MemoLensException.Fix.ENVIRONMENT, "Cannot write the report to " + target
                    + " (" + e.getMessage() + "). Choose a folder you can write to.", e);
        }
    }
}
