package org.memolens.export.refi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What other QDA tools rely on in the files MemoLens writes, checked element by element: the
 * namespaces, the order of a project's sections, and the attributes REFI-QDA (QDA-XML 1.0, 2019)
 * requires on users, codes, sources, selections and codings. Written from the published standard's
 * rules (facts: element names, order, required attributes), not copied from its schema files.
 */
final class QdaXmlShape {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    /** The order of a project's top-level sections in the standard (all optional). */
    private static final List<String> PROJECT_SECTIONS = List.of("Users", "CodeBook", "Variables", "Cases", "Sources",
            "Notes", "Links", "Sets", "Graphs", "Description", "NoteRef");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private QdaXmlShape() {
    }

    static void checkProject(byte[] xml) throws Exception {
        Element root = parse(xml).getDocumentElement();
        assertEquals(PROJECT_NS, root.getNamespaceURI());
        assertEquals("Project", root.getLocalName());
        assertFalse(root.getAttribute("name").isEmpty(), "Project needs a name");
        int last = -1;
        for (Element section : children(root)) {
            int at = PROJECT_SECTIONS.indexOf(section.getLocalName());
            assertTrue(at > last, "section " + section.getLocalName() + " out of order or unknown");
            last = at;
        }
        for (Element user : descendants(root, "User")) {
            assertGuid(user, "guid");
        }
        for (Element code : descendants(root, "Code")) {
            checkCode(code);
        }
        for (Element source : descendants(root, "TextSource")) {
            assertGuid(source, "guid");
            assertTrue(source.hasAttribute("plainTextPath") || !descendants(source, "PlainTextContent").isEmpty(),
                    "a text source carries its text or a path to it");
        }
        for (Element selection : descendants(root, "PlainTextSelection")) {
            assertGuid(selection, "guid");
            int start = Integer.parseInt(selection.getAttribute("startPosition"));
            int end = Integer.parseInt(selection.getAttribute("endPosition"));
            assertTrue(0 <= start && start <= end, "selection positions");
        }
        for (Element coding : descendants(root, "Coding")) {
            assertGuid(coding, "guid");
            List<Element> refs = descendants(coding, "CodeRef");
            assertEquals(1, refs.size(), "a coding refers to one code");
            assertGuid(refs.get(0), "targetGUID");
        }
    }

    static void checkCodebook(byte[] xml) throws Exception {
        Element root = parse(xml).getDocumentElement();
        assertEquals(CODEBOOK_NS, root.getNamespaceURI());
        assertEquals("CodeBook", root.getLocalName());
        assertEquals("Codes", children(root).get(0).getLocalName());
        for (Element code : descendants(root, "Code")) {
            checkCode(code);
        }
    }

    private static void checkCode(Element code) {
        assertGuid(code, "guid");
        assertFalse(code.getAttribute("name").isEmpty(), "a code needs a name");
        assertTrue(List.of("true", "false").contains(code.getAttribute("isCodable")), "isCodable is a boolean");
        String color = code.getAttribute("color");
        assertTrue(color.isEmpty() || color.matches("#[0-9a-fA-F]{6}"), "colour " + color);
    }

    private static void assertGuid(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        assertTrue(GUID.matcher(value).matches(), element.getLocalName() + "@" + attribute + " = " + value);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
