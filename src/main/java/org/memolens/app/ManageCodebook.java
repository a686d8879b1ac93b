package org.memolens.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.memolens.domain.CodeImportCount;
import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Codebook;
import org.memolens.domain.CodebookVersion;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.MergeReport;
import org.memolens.export.AtomicFiles;
import org.memolens.export.CodebookCsv;
import org.memolens.export.refi.QdcFile;
import org.memolens.export.refi.RefiProject;
import org.memolens.store.CodebookRepository;

/**
 * Use case: the codebook editor. The project's codebook starts as a copy of the shipped frame
 * codebook (on first use) and every change is a new version. Deleting a code never loses codings
 * silently: it is refused while codings exist unless the caller chooses to delete or move them.
 *
 * <p>Thread-safe; every method does SQL or file I/O, so a UI calls it off the UI thread.
 */
public final class ManageCodebook {

    /** Named in exported files. */
    static final String ORIGIN = "MemoLens 0.1.0";

    private final CodebookRepository codebook;
    private final Supplier<Optional<Codebook>> shipped;

    public ManageCodebook(CodebookRepository codebook, Supplier<Optional<Codebook>> shipped) {
        this.codebook = codebook;
        this.shipped = shipped;
    }

    /** Creates the project codebook from the shipped one (or empty, if none is shipped) unless it exists. */
    public synchronized void ensureCodebook() {
        if (codebook.exists()) {
            return;
        }
        Optional<Codebook> seed = shipped.get();
        List<Code> codes = new ArrayList<>();
        seed.ifPresent(s -> s.codes().forEach(c -> codes.add(new Code(CodeIds.check(c.code()), c.name(), c.definition(),
                CodeIds.colour(c.colour(), codes.size()), c.parent(), c.examples()))));
        try {
            codebook.create("project", seed.map(s -> s.id() + " v" + s.version()).orElse(null), codes, Map.of());
        } catch (InvalidInputException e) {
            // another process (the desktop and the command line on one file) created it first
            if (!codebook.exists()) {
                throw e;
            }
        }
    }

    public Codebook current() {
        ensureCodebook();
        return codebook.current();
    }

    /** Code identifier to REFI-QDA GUID. */
    public Map<String, String> guids() {
        ensureCodebook();
        return codebook.guids();
    }

    /**
     * Adds a code at the end of the codebook.
     *
     * @param identifier e.g. "JOB_SECURITY", or blank to make one from the name
     * @param colour     "#rrggbb", or blank for the next palette colour
     * @param parent     the parent's identifier, or null at the top
     */
    public Code add(String identifier, String name, String definition, String colour, String parent) {
        Codebook current = current();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("A code needs a name.");
        }
        Set<String> taken = identifiers(current);
        String id = identifier == null || identifier.isBlank() ? CodeIds.derive(name, taken) : CodeIds.check(identifier);
        if (taken.contains(id)) {
            throw new InvalidInputException("The codebook already has a code " + id + ".");
        }
        Code code = new Code(id, name.strip(), definition == null ? "" : definition.strip(),
                CodeIds.colour(colour, current.codes().size()), blankToNull(parent), List.of());
        checkParent(current, code);
        codebook.add(code, null);
        return code;
    }

    public Code rename(String code, String newName) {
        Code old = require(current(), code);
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("A code needs a name.");
        }
        Code renamed = new Code(old.code(), newName.strip(), old.definition(), old.colour(), old.parent(), old.examples());
        codebook.update(renamed, "renamed " + code + " from \"" + old.name() + "\" to \"" + renamed.name() + "\"");
        return renamed;
    }

    /** Changes a code's name, definition, colour, parent and examples; its identifier stays. */
    public Code edit(Code changed) {
        Codebook current = current();
        Code old = require(current, changed.code());
        Code clean = new Code(old.code(), changed.name() == null || changed.name().isBlank() ? old.name() : changed.name().strip(),
                changed.definition() == null ? "" : changed.definition().strip(), CodeIds.colour(changed.colour(), 0),
                blankToNull(changed.parent()), changed.examples().stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        checkParent(current, clean);
        if (clean.equals(old)) {
            return old;
        }
        codebook.update(clean, "edited " + clean.code() + describe(old, clean));
        return clean;
    }

    /** Moves every coding of {@code source} to {@code target} and deletes {@code source}. */
    public MergeReport merge(String source, String target) {
        Codebook current = current();
        require(current, source);
        require(current, target);
        if (isAncestor(current, source, target)) {
            // source's children move under target, and target is one of them: it would become its own parent
            throw new InvalidInputException("Merge " + target + " into " + source + " instead: " + target
                    + " sits under " + source + ".");
        }
        return codebook.merge(source, target);
    }

    /** Deletes a code; {@code deletion} says what happens to its codings. */
    public MergeReport delete(String code, CodeDeletion deletion) {
        require(current(), code);
        return codebook.delete(code, deletion);
    }

    public int codingCount(String code) {
        return codebook.codingCount(code);
    }

    public List<CodebookVersion> history() {
        ensureCodebook();
        return codebook.history();
    }

    public Codebook atVersion(int version) {
        return codebook.atVersion(version);
    }

    /** A code's ancestry, "PARENT/CHILD", for exports. */
    public static String path(Codebook codebook, String code) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String c = code; c != null && seen.add(c); ) {
            parts.add(0, c);
            String current = c;
            c = codebook.find(current).map(Code::parent).orElse(null);
        }
        return String.join("/", parts);
    }

    public void exportCsv(Path file) {
        Codebook current = current();
        write(file, out -> CodebookCsv.write(current, out));
    }

    /** Adds the file's new codes and updates changed ones (by identifier) as one version; never deletes. */
    public CodeImportCount importCsv(Path file) {
        Codebook current = current();
        List<Code> read;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = CodebookCsv.read(in, "The file " + file.getFileName());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("The file " + file.getFileName() + " cannot be read as UTF-8 CSV: "
                    + e.getMessage(), e);
        }
        Set<String> taken = identifiers(current);
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Code> codes = new ArrayList<>();
        for (Code c : read) {
            String id = c.code().matches("[A-Z][A-Z0-9_]{0,63}") ? c.code() : CodeIds.derive(c.code(), taken);
            taken.add(id);
            renamed.put(c.code(), id);
            Code old = current.find(id).orElse(null);
            codes.add(new Code(id, c.name(), c.definition(),
                    c.colour() == null && old != null ? old.colour() : CodeIds.colour(c.colour(), current.codes().size() + codes.size()),
                    c.parent(), c.examples()));
        }
        List<Code> resolved = codes.stream().map(c -> new Code(c.code(), c.name(), c.definition(), c.colour(),
                c.parent() == null ? null : renamed.getOrDefault(c.parent(), c.parent()), c.examples())).toList();
        checkNoCycles(current, resolved);
        return codebook.upsert(resolved, Map.of(), "imported " + file.getFileName());
    }

    public void exportQdc(Path file) {
        Codebook current = current();
        List<RefiProject.Code> tree = RefiCodeImport.tree(current, codebook.guids());
        if (tree.isEmpty()) {
            throw new InvalidInputException("The codebook is empty; a REFI-QDA codebook needs at least one code.");
        }
        try {
            QdcFile.write(tree, ORIGIN, file);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Adds the codes of a REFI-QDA codebook that the project lacks (matched by GUID, then name); never changes others. */
    public CodeImportCount importQdc(Path file) {
        List<RefiProject.Code> tree = QdcFile.read(file);
        RefiCodeImport.Plan plan = RefiCodeImport.plan(current(), codebook.guids(), tree);
        return upsertImported(plan, "imported " + file.getFileName());
    }

    /** Adds the codes an import plan found missing, as one version (nothing if none). */
    CodeImportCount upsertImported(RefiCodeImport.Plan plan, String change) {
        return codebook.upsert(plan.added(), plan.guidsOfAdded(), change);
    }

    private static void write(Path file, java.util.function.Consumer<Writer> body) {
        try {
            AtomicFiles.write(file, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                body.accept(writer);
                writer.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Code require(Codebook codebook, String code) {
        return codebook.find(code).orElseThrow(() -> new InvalidInputException("The codebook has no code " + code + "."));
    }

    private static Set<String> identifiers(Codebook codebook) {
        Set<String> ids = new HashSet<>();
        codebook.codes().forEach(c -> ids.add(c.code()));
        return ids;
    }

    private static void checkParent(Codebook current, Code code) {
        if (code.parent() == null) {
            return;
        }
        require(current, code.parent());
        if (code.parent().equals(code.code()) || isAncestor(current, code.code(), code.parent())) {
            throw new InvalidInputException(code.parent() + " cannot be the parent of " + code.code()
                    + ": it sits under " + code.code() + ".");
        }
    }

    /** True if {@code ancestor} is above {@code code} in the hierarchy. */
    private static boolean isAncestor(Codebook codebook, String ancestor, String code) {
        Set<String> seen = new HashSet<>();
        String c = codebook.find(code).map(Code::parent).orElse(null);
        while (c != null && seen.add(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
            String current = c;
            c = codebook.find(current).map(Code::parent).orElse(null);
        }
        return false;
    }

    private static void checkNoCycles(Codebook current, List<Code> incoming) {
        Map<String, String> parents = new LinkedHashMap<>();
        current.codes().forEach(c -> parents.put(c.code(), c.parent()));
        incoming.forEach(c -> parents.put(c.code(), c.parent()));
        for (String start : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String c = start; c != null; c = parents.get(c)) {
                if (!seen.add(c)) {
                    throw new InvalidInputException("The codes under " + start + " form a loop of parents; fix the parent column.");
                }
            }
        }
    }

    private static String describe(Code old, Code now) {
        List<String> parts = new ArrayList<>();
        if (!old.name().equals(now.name())) {
            parts.add("name");
        }
        if (!String.valueOf(old.definition()).equals(now.definition())) {
            parts.add("definition");
        }
        if (!old.colour().equals(now.colour())) {
            parts.add("colour");
        }
        if (!java.util.Objects.equals(old.parent(), now.parent())) {
            parts.add("parent");
        }
        if (!old.examples().equals(now.examples())) {
            parts.add("examples");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
