package org.memolens.export.refi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.memolens.domain.Guids;
import org.memolens.domain.InvalidInputException;

/** Shared reading and writing of QDA-XML code trees and small values. */
final class RefiXml {

    private RefiXml() {
    }

    static Element element(Document doc, String namespace, String name) {
        return doc.createElementNS(namespace, name);
    }

    static Element child(Element parent, String namespace, String name) {
        Element e = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(e);
        return e;
    }

    static void text(Element parent, String namespace, String name, String value) {
        if (value != null && !value.isEmpty()) {
            child(parent, namespace, name).setTextContent(value);
        }
    }

    static void codes(Element parent, String namespace, List<RefiProject.Code> codes) {
        for (RefiProject.Code code : codes) {
            Element e = child(parent, namespace, "Code");
            e.setAttribute("guid", code.guid());
            e.setAttribute("name", code.name());
            e.setAttribute("isCodable", "true");
            if (code.colour() != null) {
                e.setAttribute("color", code.colour().toUpperCase(Locale.ROOT));
            }
            text(e, namespace, "Description", code.description());
            codes(e, namespace, code.children());
        }
    }

    static List<RefiProject.Code> readCodes(Element parent) {
        List<RefiProject.Code> codes = new ArrayList<>();
        for (Element e : children(parent, "Code")) {
            String name = e.getAttribute("name");
            codes.add(new RefiProject.Code(guid(e, "guid"), name.isBlank() ? "unnamed code" : name.strip(),
                    colour(e.getAttribute("color")), childText(e, "Description"), readCodes(e)));
        }
        return codes;
    }

    /** The direct child elements with this local name, whatever their namespace. */
    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    static Element firstChild(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    static String childText(Element parent, String localName) {
        Element e = firstChild(parent, localName);
        return e == null ? "" : e.getTextContent();
    }

    static String guid(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isBlank()) {
            throw new InvalidInputException("A <" + e.getLocalName() + "> has no " + attribute + ".");
        }
        return Guids.normalise(value);
    }

    static String optionalGuid(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isBlank() ? null : Guids.normalise(value);
    }

    /** "#RRGGBB" or "#RGB" to "#rrggbb"; anything else to null. */
    static String colour(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{6}")) {
            return v;
        }
        if (v.matches("#[0-9a-f]{3}")) {
            return "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        return null;
    }

    static Instant dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                // xsd:dateTime without a zone: read as UTC
                return java.time.LocalDateTime.parse(value.strip()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    static int position(Element e, String attribute) {
        try {
            return Integer.parseInt(e.getAttribute(attribute).strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
