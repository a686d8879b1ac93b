package org.memolens.export.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.memolens.domain.InvalidInputException;
import org.memolens.export.AtomicFiles;
import org.memolens.export.SafeXml;

/** A REFI-QDA codebook file (.qdc): QDA-XML namespace {@value #NAMESPACE}, root {@code CodeBook}. */
public final class QdcFile {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final long MAX_BYTES = 64L << 20;

    private QdcFile() {
    }

    public static void write(List<RefiProject.Code> codes, String origin, Path file) throws IOException {
        Document doc = SafeXml.newDocument();
        Element root = RefiXml.element(doc, NAMESPACE, "CodeBook");
        doc.appendChild(root);
        root.setAttribute("origin", origin);
        RefiXml.codes(RefiXml.child(root, NAMESPACE, "Codes"), NAMESPACE, codes);
        AtomicFiles.write(file, out -> SafeXml.write(doc, out));
    }

    public static List<RefiProject.Code> read(Path file) {
        String what = "The file " + file.getFileName();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException(what + " is larger than a codebook can be (64 MiB); refused.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(what + " cannot be read: " + e.getMessage(), e);
        }
        Element root = SafeXml.parse(bytes, what).getDocumentElement();
        Element codes = RefiXml.firstChild(root, "Codes");
        if (!"CodeBook".equals(root.getLocalName()) || codes == null) {
            throw new InvalidInputException(what + " is not a REFI-QDA codebook (no <CodeBook> with <Codes>).");
        }
        return RefiXml.readCodes(codes);
    }
}
