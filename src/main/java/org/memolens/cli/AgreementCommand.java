package org.memolens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.memolens.app.ComputeAgreement;
import org.memolens.app.Progress;
import org.memolens.export.AgreementJson;
import org.memolens.research.AgreementReport;
import org.memolens.research.CodeAgreement;
import org.memolens.research.Disagreement;

/** {@code memolens agreement --coders A,B}: inter-coder (and coder-machine) agreement at sentence level. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between coders (and the machine's frames) at sentence level: a sentence carries a code",
            "for a coder if any of the coder's codings of it overlaps the sentence. Cohen's kappa (two raters),",
            "Fleiss' kappa, Krippendorff's alpha (nominal, missing data allowed) and percent agreement, per code",
            "and overall, and the sentences where raters differ."})
final class AgreementCommand implements Callable<Integer> {

    @ParentCommand
    MemoLensCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--coders", required = true, paramLabel = "A,B[,C]", description = "coder names, comma-separated")
    String coders;

    @Option(names = "--memo", paramLabel = "ID", description = "memo ids (default: every memo these coders coded)")
    List<Long> memos = new ArrayList<>();

    @Option(names = "--codes", paramLabel = "C1,C2", description = "codes to compare (default: every code used)")
    String codes;

    @Option(names = "--machine", description = "add the machine's frames (newest analysis run of each memo) as a rater")
    boolean machine;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        return root.withLibrary(spec, (core, out) -> {
            AgreementReport report = core.computeAgreement().compute(new ComputeAgreement.Request(CsvList.of(coders), memos,
                    CsvList.of(codes), machine), Progress.NONE);
            out.print(format.equals("json") ? AgreementJson.write(report) + System.lineSeparator() : text(report));
        });
    }

    static String text(AgreementReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Agreement at sentence level: %d memo(s), %d sentences; raters %s%n", report.memos(),
                report.sentences(), String.join(", ", report.raters())));
        sb.append(String.format("%-24s %6s %7s %7s %7s %7s", "CODE", "UNITS", "AGREE", "COHEN", "FLEISS", "ALPHA"));
        report.raters().forEach(r -> sb.append(String.format(" %8s", truncate(r, 8))));
        sb.append(System.lineSeparator());
        List<CodeAgreement> lines = new ArrayList<>(report.perCode());
        lines.add(report.overall());
        for (CodeAgreement c : lines) {
            sb.append(String.format("%-24s %6d %7s %7s %7s %7s", truncate(c.code(), 24), c.units(),
                    CsvList.percent(c.percentAgreement()), CsvList.number(c.cohenKappa()), CsvList.number(c.fleissKappa()),
                    CsvList.number(c.krippendorffAlpha())));
            report.raters().forEach(r -> sb.append(String.format(" %8d", c.coded().getOrDefault(r, 0))));
            sb.append(System.lineSeparator());
        }
        sb.append(String.format("%nSentences where the raters differ: %d%n", report.disagreements().size()));
        for (Disagreement d : report.disagreements()) {
            sb.append(String.format("memo %d \"%s\", sentence %d [%d, %d): %s%n", d.unit().memoId(), d.unit().memoTitle(),
                    d.unit().index(), d.unit().span().start(), d.unit().span().end(), d.unit().text().replaceAll("\\s+", " ")));
            for (Map.Entry<String, Set<String>> e : d.codesByRater().entrySet()) {
                sb.append(String.format("    %-12s %s%n", e.getKey() + ":", e.getValue().isEmpty() ? "(none)"
                        : String.join(", ", e.getValue())));
            }
        }
        return sb.toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
