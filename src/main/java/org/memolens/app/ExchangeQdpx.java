package org.memolens.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.memolens.domain.CanonicalText;
import org.memolens.domain.CodePoints;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.Guids;
import org.memolens.domain.ImportedMemo;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoSummary;
import org.memolens.domain.NewMemo;
import org.memolens.domain.TextSpan;
import org.memolens.export.SafeZip;
import org.memolens.export.refi.QdpxReader;
import org.memolens.export.refi.QdpxWriter;
import org.memolens.export.refi.RefiProject;
import org.memolens.store.CoderRepository;
import org.memolens.store.CodingRepository;
import org.memolens.store.Database;
import org.memolens.store.MemoRepository;

/**
 * Use case: exchange a project with QualCoder, NVivo, ATLAS.ti or MAXQDA as a REFI-QDA project
 * (.qdpx): memos as plain-text sources, the codebook, coders as users and codings as
 * {@code PlainTextSelection}s.
 *
 * <p>Positions: MemoLens offsets count UTF-16 units, REFI-QDA positions count Unicode code points
 * (characters), as QualCoder, which indexes Python strings, writes them; the two differ after an
 * emoji. Imported texts are made canonical like every memo, and positions are mapped from the
 * text as the file holds it to the canonical text (Windows line endings, a byte-order mark).
 *
 * <p>An import is one transaction and is idempotent: memos are matched by their text, coders by
 * GUID or name, codes by GUID or name, and a coding that exists (same coder, code, memo, span) is
 * not added again, so importing the same file twice changes nothing. Everything that cannot be
 * imported is listed in the report.
 */
public final class ExchangeQdpx {

    /** What an import did. */
    public record ImportReport(int memosAdded, int memosMatched, int codesAdded, int codesMatched, int codersAdded,
            int codersMatched, int codingsAdded, int codingsPresent, List<String> warnings) {

        public ImportReport {
            warnings = List.copyOf(warnings);
        }
    }

    /** What an export wrote. */
    public record ExportReport(int memos, int codes, int coders, int codings) {
    }

    private static final String UNKNOWN_CODER = "imported (no coder named)";

    private final Database database;
    private final MemoRepository memos;
    private final CodingRepository codings;
    private final CoderRepository coders;
    private final ManageCodebook codebook;
    private final Clock clock;
    private final SafeZip.Limits limits;

    ExchangeQdpx(Database database, MemoRepository memos, CodingRepository codings, CoderRepository coders,
            ManageCodebook codebook, Clock clock, SafeZip.Limits limits) {
        this.database = database;
        this.memos = memos;
        this.codings = codings;
        this.coders = coders;
        this.codebook = codebook;
        this.clock = clock;
        this.limits = limits;
    }

    /** Writes the memos (all of them if {@code memoIds} is empty) with the codebook, coders and codings. */
    public ExportReport export(Path file, List<Long> memoIds, String projectName) {
        Codebook current = codebook.current();
        Map<String, String> codeGuids = codebook.guids();
        List<Coder> allCoders = coders.list();
        Map<Long, Coder> coderById = new HashMap<>();
        allCoders.forEach(c -> coderById.put(c.id(), c));
        List<Long> ids = memoIds.isEmpty()
                ? memos.search("").stream().map(MemoSummary::id).sorted().toList() : memoIds;
        List<RefiProject.Source> sources = new ArrayList<>();
        int codingCount = 0;
        for (long id : ids) {
            Memo memo = memos.find(id).orElseThrow(() -> new InvalidInputException("There is no memo " + id + "."));
            List<RefiProject.Selection> selections = new ArrayList<>();
            for (Coding c : codings.forMemo(id)) {
                Coder coder = coderById.get(c.coderId());
                String key = memo.sha256() + ":" + coder.guid() + ":" + codeGuids.get(c.code()) + ":" + c.start() + ":" + c.end();
                RefiProject.Coding coding = new RefiProject.Coding(Guids.of("coding", key), codeGuids.get(c.code()),
                        coder.guid(), c.createdAt());
                selections.add(new RefiProject.Selection(Guids.of("selection", key),
                        CodePoints.fromUtf16(memo.text(), c.start()), CodePoints.fromUtf16(memo.text(), c.end()),
                        coder.guid(), c.createdAt(), c.updatedAt(), c.note(), List.of(coding)));
                codingCount++;
            }
            sources.add(new RefiProject.Source(Guids.of("memo", memo.sha256()), memo.title(), memo.text(),
                    memo.createdAt(), variables(memo.metadata()), selections));
        }
        List<RefiProject.User> users = allCoders.stream().map(c -> new RefiProject.User(c.guid(), c.name())).toList();
        RefiProject project = new RefiProject(projectName, users, RefiCodeImport.tree(current, codeGuids), sources);
        try {
            Map<String, String> identifiers = new HashMap<>();
            codeGuids.forEach((code, guid) -> identifiers.put(guid, code));
            QdpxWriter.write(project, ManageCodebook.ORIGIN, identifiers, file);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return new ExportReport(sources.size(), current.codes().size(), users.size(), codingCount);
    }

    /** Reads the file completely and checks it before storing anything, then stores it in one transaction. */
    public ImportReport importFile(Path file) {
        QdpxReader.Result read = QdpxReader.read(file, limits);
        RefiProject project = read.project();
        List<String> warnings = new ArrayList<>(read.warnings());
        codebook.ensureCodebook();
        return database.transaction(() -> store(file, project, read.codeIdentifiers(), warnings));
    }

    private ImportReport store(Path file, RefiProject project, Map<String, String> identifiers, List<String> warnings) {
        RefiCodeImport.Plan plan = RefiCodeImport.plan(codebook.current(), codebook.guids(), project.codes(), identifiers);
        codebook.upsertImported(plan, "imported " + file.getFileName());
        Map<String, Coder> coderByGuid = new HashMap<>();
        int codersAdded = 0;
        Map<String, Coder> existingByGuid = new HashMap<>();
        coders.list().forEach(c -> existingByGuid.put(c.guid(), c));
        for (RefiProject.User user : project.users()) {
            Coder coder = existingByGuid.get(user.guid());
            if (coder == null) {
                String name = coderName(user.name());
                boolean known = coders.find(name).isPresent();
                coder = coders.addIfAbsent(name, user.guid());
                codersAdded += known ? 0 : 1;
            }
            coderByGuid.put(user.guid(), coder);
        }
        int memosAdded = 0;
        int memosMatched = 0;
        int added = 0;
        int present = 0;
        for (RefiProject.Source source : project.sources()) {
            CanonicalText text;
            try {
                text = CanonicalText.of(source.text());
            } catch (InvalidInputException e) {
                warnings.add("The source \"" + source.name() + "\" was skipped: " + e.getMessage());
                continue;
            }
            ImportedMemo imported = memos.add(new NewMemo(metadata(source, file), text.text()));
            if (imported.created()) {
                memosAdded++;
            } else {
                memosMatched++;
            }
            for (RefiProject.Selection selection : source.selections()) {
                TextSpan span = span(source, selection, text, warnings);
                if (span == null) {
                    continue;
                }
                for (RefiProject.Coding refi : selection.codings()) {
                    String code = plan.localByGuid().get(refi.codeGuid());
                    if (code == null) {
                        warnings.add("A coding in \"" + source.name() + "\" refers to a code that is not in the file's "
                                + "codebook (" + refi.codeGuid() + "); skipped.");
                        continue;
                    }
                    Coder coder = coder(refi, selection, coderByGuid);
                    Instant created = first(refi.created(), selection.created(), clock.instant());
                    Instant updated = first(selection.modified(), created, created);
                    Coding coding = new Coding(0, imported.memo().id(), code, coder.id(), span,
                            span.of(text.text()), selection.description() == null ? "" : selection.description().strip(),
                            created, updated);
                    if (codings.addIfAbsent(coding).isPresent()) {
                        added++;
                    } else {
                        present++;
                    }
                }
            }
        }
        return new ImportReport(memosAdded, memosMatched, plan.added().size(), plan.matched(), codersAdded,
                project.users().size() - codersAdded, added, present, warnings);
    }

    private static TextSpan span(RefiProject.Source source, RefiProject.Selection selection, CanonicalText text,
            List<String> warnings) {
        int rawStart = CodePoints.toUtf16(source.text(), selection.start());
        int rawEnd = CodePoints.toUtf16(source.text(), selection.end());
        if (rawStart < 0 || rawEnd < 0 || selection.end() <= selection.start()) {
            warnings.add("A selection [" + selection.start() + ", " + selection.end() + ") in \"" + source.name()
                    + "\" lies outside its text; skipped.");
            return null;
        }
        int start = text.start(rawStart);
        int end = text.end(rawEnd);
        if (end <= start) {
            warnings.add("A selection [" + selection.start() + ", " + selection.end() + ") in \"" + source.name()
                    + "\" covers only white space that MemoLens trims; skipped.");
            return null;
        }
        return new TextSpan(start, end);
    }

    private Coder coder(RefiProject.Coding coding, RefiProject.Selection selection, Map<String, Coder> byGuid) {
        String guid = coding.creatingUser() != null ? coding.creatingUser() : selection.creatingUser();
        Coder coder = guid == null ? null : byGuid.get(guid);
        if (coder == null) {
            coder = coders.addIfAbsent(UNKNOWN_CODER, null);
        }
        return coder;
    }

    /** A coder name MemoLens accepts: no commas (they separate names on the command line), no line breaks. */
    private static String coderName(String name) {
        String clean = name.replace(',', ' ').replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        clean = clean.length() > 100 ? clean.substring(0, 100).strip() : clean;
        return clean.isEmpty() ? "unnamed coder" : clean;
    }

    private static Map<String, String> variables(MemoMetadata m) {
        Map<String, String> values = new LinkedHashMap<>();
        if (m.author() != null) {
            values.put("author", m.author());
        }
        if (m.date() != null) {
            values.put("date", m.date().toString());
        }
        if (m.source() != null) {
            values.put("source", m.source());
        }
        return values;
    }

    private static MemoMetadata metadata(RefiProject.Source source, Path file) {
        LocalDate date = null;
        String value = source.variables().get("date");
        if (value != null) {
            try {
                date = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException ignored) {
                // a free-text date stays out of the metadata rather than refusing the source
            }
        }
        String origin = source.variables().get("source");
        return new MemoMetadata(source.name(), source.variables().get("author"), date,
                origin != null ? origin : file.getFileName().toString());
    }

    private static Instant first(Instant a, Instant b, Instant fallback) {
        return a != null ? a : b != null ? b : fallback;
    }
}
