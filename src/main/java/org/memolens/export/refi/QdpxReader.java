package org.memolens.export.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.memolens.domain.InvalidInputException;
import org.memolens.export.SafeXml;
import org.memolens.export.SafeZip;

/**
 * Reads a REFI-QDA project file (.qdpx) safely (see {@link SafeZip} and {@link SafeXml}). Text
 * sources come with their plain text, from {@code PlainTextContent} or from the archive's
 * {@code sources/} folder; anything MemoLens cannot represent (pictures, PDFs, audio, video,
 * codings of whole documents, files outside the archive) is listed in the warnings, never dropped
 * silently. A file that is not a REFI-QDA project is refused.
 */
public final class QdpxReader {

    private QdpxReader() {
    }

    /**
     * The project, what was left out of it (in words), and the MemoLens code identifiers by code
     * GUID if MemoLens wrote the file (see {@link QdpxWriter#IDENTIFIERS}).
     */
    public record Result(RefiProject project, List<String> warnings, Map<String, String> codeIdentifiers) {

        public Result {
            warnings = List.copyOf(warnings);
            codeIdentifiers = Map.copyOf(codeIdentifiers);
        }
    }

    public static Result read(Path file, SafeZip.Limits limits) {
        String what = "The file " + file.getFileName();
        try (SafeZip zip = SafeZip.open(file, limits, what)) {
            String qde = zip.find("project.qde");
            if (qde == null) {
                throw new InvalidInputException(what + " is not a REFI-QDA project: it has no project.qde.");
            }
            Document doc = SafeXml.parse(zip.read(qde), "project.qde in " + file.getFileName());
            Element root = doc.getDocumentElement();
            if (!"Project".equals(root.getLocalName())) {
                throw new InvalidInputException(what + " is not a REFI-QDA project: project.qde holds <"
                        + root.getLocalName() + ">, not <Project>.");
            }
            List<String> warnings = new ArrayList<>();
            List<RefiProject.User> users = new ArrayList<>();
            Element usersElement = RefiXml.firstChild(root, "Users");
            if (usersElement != null) {
                for (Element u : RefiXml.children(usersElement, "User")) {
                    String name = u.getAttribute("name").isBlank() ? u.getAttribute("id") : u.getAttribute("name");
                    users.add(new RefiProject.User(RefiXml.guid(u, "guid"), name.isBlank() ? "unnamed coder" : name.strip()));
                }
            }
            List<RefiProject.Code> codes = new ArrayList<>();
            Element codebook = RefiXml.firstChild(root, "CodeBook");
            if (codebook != null && RefiXml.firstChild(codebook, "Codes") != null) {
                codes.addAll(RefiXml.readCodes(RefiXml.firstChild(codebook, "Codes")));
            }
            Map<String, String> variables = variables(root);
            List<RefiProject.Source> sources = new ArrayList<>();
            Element sourcesElement = RefiXml.firstChild(root, "Sources");
            if (sourcesElement != null) {
                Map<String, Integer> skipped = new LinkedHashMap<>();
                for (Node n = sourcesElement.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!(n instanceof Element e)) {
                        continue;
                    }
                    if ("TextSource".equals(e.getLocalName())) {
                        RefiProject.Source source = source(e, zip, variables, warnings);
                        if (source != null) {
                            sources.add(source);
                        }
                    } else {
                        skipped.merge(e.getLocalName(), 1, Integer::sum);
                    }
                }
                skipped.forEach((kind, count) -> warnings.add(count + " " + kind + (count == 1 ? "" : "s")
                        + " skipped: MemoLens codes plain text only."));
            }
            String name = root.getAttribute("name");
            return new Result(new RefiProject(name.isBlank() ? "project" : name, users, codes, sources), warnings,
                    identifiers(zip));
        }
    }

    /** Only well-formed lines count; anything else in the entry is ignored, never trusted. */
    private static Map<String, String> identifiers(SafeZip zip) {
        Map<String, String> identifiers = new HashMap<>();
        String entry = zip.find(QdpxWriter.IDENTIFIERS);
        if (entry != null) {
            for (String line : new String(zip.read(entry), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\t");
                if (parts.length == 2 && parts[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                        && parts[1].matches("[A-Z][A-Z0-9_]{0,63}")) {
                    identifiers.put(parts[0], parts[1]);
                }
            }
        }
        return identifiers;
    }

    private static Map<String, String> variables(Element root) {
        Map<String, String> names = new HashMap<>();
        Element list = RefiXml.firstChild(root, "Variables");
        if (list != null) {
            for (Element v : RefiXml.children(list, "Variable")) {
                names.put(RefiXml.guid(v, "guid"), v.getAttribute("name").strip());
            }
        }
        return names;
    }

    private static RefiProject.Source source(Element e, SafeZip zip, Map<String, String> variableNames,
            List<String> warnings) {
        String name = e.getAttribute("name").isBlank() ? "Untitled source" : e.getAttribute("name").strip();
        String text = text(e, name, zip, warnings);
        if (text == null) {
            return null;
        }
        List<RefiProject.Selection> selections = new ArrayList<>();
        for (Element s : RefiXml.children(e, "PlainTextSelection")) {
            List<RefiProject.Coding> codings = new ArrayList<>();
            for (Element c : RefiXml.children(s, "Coding")) {
                Element ref = RefiXml.firstChild(c, "CodeRef");
                if (ref == null) {
                    warnings.add("A coding in \"" + name + "\" names no code; skipped.");
                    continue;
                }
                codings.add(new RefiProject.Coding(RefiXml.guid(c, "guid"), RefiXml.guid(ref, "targetGUID"),
                        RefiXml.optionalGuid(c, "creatingUser"), RefiXml.dateTime(c.getAttribute("creationDateTime"))));
            }
            selections.add(new RefiProject.Selection(RefiXml.guid(s, "guid"), RefiXml.position(s, "startPosition"),
                    RefiXml.position(s, "endPosition"), RefiXml.optionalGuid(s, "creatingUser"),
                    RefiXml.dateTime(s.getAttribute("creationDateTime")), RefiXml.dateTime(s.getAttribute("modifiedDateTime")),
                    RefiXml.childText(s, "Description"), codings));
        }
        int wholeDocument = RefiXml.children(e, "Coding").size();
        if (wholeDocument > 0) {
            warnings.add(wholeDocument + " coding(s) of the whole source \"" + name + "\" skipped: MemoLens codes spans.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element v : RefiXml.children(e, "VariableValue")) {
            Element ref = RefiXml.firstChild(v, "VariableRef");
            String variable = ref == null ? null : variableNames.get(RefiXml.guid(ref, "targetGUID"));
            if (variable == null) {
                continue;
            }
            for (Node n = v.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element value && value.getLocalName().endsWith("Value")) {
                    values.put(variable.toLowerCase(Locale.ROOT), value.getTextContent().strip());
                }
            }
        }
        return new RefiProject.Source(RefiXml.guid(e, "guid"), name, text,
                RefiXml.dateTime(e.getAttribute("creationDateTime")), values, selections);
    }

    private static String text(Element e, String name, SafeZip zip, List<String> warnings) {
        Element content = RefiXml.firstChild(e, "PlainTextContent");
        if (content != null) {
            return content.getTextContent();
        }
        String path = e.getAttribute("plainTextPath").strip();
        if (!path.toLowerCase(Locale.ROOT).startsWith("internal://")) {
            warnings.add("The source \"" + name + "\" refers to a file outside the project (" + path + "); skipped.");
            return null;
        }
        String entry = zip.find("sources/" + path.substring("internal://".length()));
        if (entry == null) {
            warnings.add("The text of source \"" + name + "\" (" + path + ") is missing from the project; skipped.");
            return null;
        }
        byte[] bytes = zip.read(entry);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            warnings.add("The text of source \"" + name + "\" is not UTF-8 as REFI-QDA requires; skipped.");
            return null;
        }
    }
}
