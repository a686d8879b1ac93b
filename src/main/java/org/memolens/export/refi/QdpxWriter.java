package org.memolens.export.refi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.memolens.domain.Guids;
import org.memolens.export.AtomicFiles;
import org.memolens.export.SafeXml;

/**
 * Writes a REFI-QDA project file (.qdpx): a zip holding {@code project.qde} (QDA-XML) and one UTF-8
 * plain-text file per source under {@code sources/}, referenced as {@code internal://GUID.txt}.
 * The file is written next to its destination and moved into place, so a crash never leaves half
 * a project.
 *
 * <p>Besides the standard entries, {@value #IDENTIFIERS} maps code GUIDs to MemoLens code
 * identifiers (one "GUID TAB IDENTIFIER" per line), which REFI-QDA has no place for; other tools
 * ignore it, and a MemoLens import uses it to give new codes their original identifiers.
 */
public final class QdpxWriter {

    /** The archive entry with MemoLens code identifiers. */
    public static final String IDENTIFIERS = "memolens/code-identifiers.tsv";

    private static final String NS = RefiProject.NAMESPACE;

    private QdpxWriter() {
    }

    /** @param codeIdentifiers code GUID to MemoLens identifier, written to {@value #IDENTIFIERS} */
    public static void write(RefiProject project, String origin, Map<String, String> codeIdentifiers, Path file)
            throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("project.qde"));
            SafeXml.write(document(project, origin), zip);
            zip.closeEntry();
            for (RefiProject.Source source : project.sources()) {
                zip.putNextEntry(new ZipEntry("sources/" + source.guid() + ".txt"));
                zip.write(source.text().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (!codeIdentifiers.isEmpty()) {
                zip.putNextEntry(new ZipEntry(IDENTIFIERS));
                StringBuilder lines = new StringBuilder();
                new TreeMap<>(codeIdentifiers).forEach((guid, id) -> lines.append(guid).append('\t').append(id).append('\n'));
                zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    static Document document(RefiProject project, String origin) {
        Document doc = SafeXml.newDocument();
        Element root = RefiXml.element(doc, NS, "Project");
        doc.appendChild(root);
        root.setAttribute("name", project.name());
        root.setAttribute("origin", origin);
        if (!project.users().isEmpty()) {
            Element users = RefiXml.child(root, NS, "Users");
            for (RefiProject.User user : project.users()) {
                Element e = RefiXml.child(users, NS, "User");
                e.setAttribute("guid", user.guid());
                e.setAttribute("name", user.name());
            }
        }
        if (!project.codes().isEmpty()) {
            Element codes = RefiXml.child(RefiXml.child(root, NS, "CodeBook"), NS, "Codes");
            RefiXml.codes(codes, NS, project.codes());
        }
        Set<String> variables = new LinkedHashSet<>();
        project.sources().forEach(s -> variables.addAll(new TreeMap<>(s.variables()).keySet()));
        if (!variables.isEmpty()) {
            Element list = RefiXml.child(root, NS, "Variables");
            for (String name : variables) {
                Element e = RefiXml.child(list, NS, "Variable");
                e.setAttribute("guid", Guids.of("variable", name));
                e.setAttribute("name", name);
                e.setAttribute("typeOfVariable", "Text");
            }
        }
        if (!project.sources().isEmpty()) {
            Element sources = RefiXml.child(root, NS, "Sources");
            for (RefiProject.Source source : project.sources()) {
                source(sources, source);
            }
        }
        return doc;
    }

    private static void source(Element sources, RefiProject.Source source) {
        Element e = RefiXml.child(sources, NS, "TextSource");
        e.setAttribute("guid", source.guid());
        e.setAttribute("name", source.name());
        e.setAttribute("plainTextPath", "internal://" + source.guid() + ".txt");
        if (source.created() != null) {
            e.setAttribute("creationDateTime", source.created().toString());
        }
        for (RefiProject.Selection selection : source.selections()) {
            Element s = RefiXml.child(e, NS, "PlainTextSelection");
            s.setAttribute("guid", selection.guid());
            s.setAttribute("name", preview(source.text(), selection));
            s.setAttribute("startPosition", Integer.toString(selection.start()));
            s.setAttribute("endPosition", Integer.toString(selection.end()));
            if (selection.creatingUser() != null) {
                s.setAttribute("creatingUser", selection.creatingUser());
                s.setAttribute("modifyingUser", selection.creatingUser());
            }
            if (selection.created() != null) {
                s.setAttribute("creationDateTime", selection.created().toString());
            }
            if (selection.modified() != null) {
                s.setAttribute("modifiedDateTime", selection.modified().toString());
            }
            RefiXml.text(s, NS, "Description", selection.description());
            for (RefiProject.Coding coding : selection.codings()) {
                Element c = RefiXml.child(s, NS, "Coding");
                c.setAttribute("guid", coding.guid());
                if (coding.creatingUser() != null) {
                    c.setAttribute("creatingUser", coding.creatingUser());
                }
                if (coding.created() != null) {
                    c.setAttribute("creationDateTime", coding.created().toString());
                }
                RefiXml.child(c, NS, "CodeRef").setAttribute("targetGUID", coding.codeGuid());
            }
        }
        for (Map.Entry<String, String> variable : new TreeMap<>(source.variables()).entrySet()) {
            Element v = RefiXml.child(e, NS, "VariableValue");
            RefiXml.child(v, NS, "VariableRef").setAttribute("targetGUID", Guids.of("variable", variable.getKey()));
            RefiXml.child(v, NS, "TextValue").setTextContent(variable.getValue());
        }
    }

    /** The first words of the selected text, as other tools show a selection's name. */
    private static String preview(String text, RefiProject.Selection selection) {
        int start = text.offsetByCodePoints(0, selection.start());
        int end = text.offsetByCodePoints(start, selection.end() - selection.start());
        String quote = text.substring(start, end).replaceAll("\\s+", " ").strip();
        if (quote.codePointCount(0, quote.length()) <= 80) {
            return quote;
        }
        return quote.substring(0, quote.offsetByCodePoints(0, 77)) + "...";
    }
}
