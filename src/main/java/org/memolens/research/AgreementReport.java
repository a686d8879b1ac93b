package org.memolens.research;

import java.util.List;

/**
 * Inter-rater agreement over chosen memos and codes at sentence level.
 *
 * @param raters        in the order given
 * @param codes         the codes compared
 * @param memos         memos compared
 * @param sentences     sentences in those memos (units, whether or not two raters rated them)
 * @param perCode       one line per code, in {@code codes} order
 * @param overall       every (sentence, code) decision pooled as one unit
 * @param disagreements sentences where the raters' code sets differ, in memo and text order
 */
public record AgreementReport(List<String> raters, List<String> codes, int memos, int sentences,
        List<CodeAgreement> perCode, CodeAgreement overall, List<Disagreement> disagreements) {

    public AgreementReport {
        raters = List.copyOf(raters);
        codes = List.copyOf(codes);
        perCode = List.copyOf(perCode);
        disagreements = List.copyOf(disagreements);
    }
}
