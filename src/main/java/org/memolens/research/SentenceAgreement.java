package org.memolens.research;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.memolens.domain.TextSpan;

/**
 * Agreement between raters at sentence level.
 *
 * <p><b>Unitisation.</b> Coders code spans of any length, but agreement needs common units. The
 * unit is the sentence (as the analysis split the memo). Rater K coded sentence S with code C if
 * any of K's spans of C shares at least one character with S; so a span crossing two sentences
 * codes both, and two coders who marked different words of the same sentence with C agree on it.
 * A rater's value is missing (not "no code") for every sentence of a memo the rater did not code.
 *
 * <p>Per code, each sentence is a binary unit (has C / has not). The overall line pools every
 * (sentence, code) pair as one binary unit, so frequent codes weigh more than rare ones.
 */
public final class SentenceAgreement {

    private SentenceAgreement() {
    }

    public static AgreementReport compute(List<MemoUnits> memos, List<Rater> raters, List<String> codes) {
        if (raters.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two raters");
        }
        List<SentenceUnit> units = new ArrayList<>();
        List<List<Set<String>>> values = new ArrayList<>(); // per unit, per rater: codes, or null if missing
        Set<String> chosen = new HashSet<>(codes);
        for (MemoUnits memo : memos) {
            for (int i = 0; i < memo.sentences().size(); i++) {
                TextSpan sentence = memo.sentences().get(i);
                units.add(new SentenceUnit(memo.memoId(), memo.title(), i, sentence, sentence.of(memo.text())));
                List<Set<String>> row = new ArrayList<>();
                for (Rater rater : raters) {
                    row.add(rater.memos().contains(memo.memoId()) ? codesOf(rater, memo.memoId(), sentence, chosen) : null);
                }
                values.add(row);
            }
        }
        List<CodeAgreement> perCode = new ArrayList<>();
        for (String code : codes) {
            perCode.add(agreement(code, raters, binary(values, List.of(code), raters.size())));
        }
        CodeAgreement overall = agreement(CodeAgreement.ALL_CODES, raters, binary(values, codes, raters.size()));
        return new AgreementReport(raters.stream().map(Rater::name).toList(), codes, memos.size(), units.size(), perCode,
                overall, disagreements(units, values, raters));
    }

    private static Set<String> codesOf(Rater rater, long memoId, TextSpan sentence, Set<String> chosen) {
        Set<String> codes = new TreeSet<>();
        for (Rater.CodedSpan span : rater.spans()) {
            if (span.memoId() == memoId && chosen.contains(span.code())
                    && span.span().start() < sentence.end() && sentence.start() < span.span().end()) {
                codes.add(span.code());
            }
        }
        return codes;
    }

    /** One binary unit per (sentence, code): 1 if the rater gave the code, 0 if not, missing if not rated. */
    private static Ratings binary(List<List<Set<String>>> values, List<String> codes, int raters) {
        List<int[]> rows = new ArrayList<>();
        for (List<Set<String>> unit : values) {
            for (String code : codes) {
                int[] row = new int[raters];
                for (int r = 0; r < raters; r++) {
                    Set<String> given = unit.get(r);
                    row[r] = given == null ? Ratings.MISSING : given.contains(code) ? 1 : 0;
                }
                rows.add(row);
            }
        }
        return Ratings.of(raters, rows);
    }

    private static CodeAgreement agreement(String code, List<Rater> raters, Ratings ratings) {
        int pairable = 0;
        Map<String, Integer> coded = new LinkedHashMap<>();
        for (Rater rater : raters) {
            coded.put(rater.name(), 0);
        }
        for (int u = 0; u < ratings.units(); u++) {
            if (ratings.present(u) >= 2) {
                pairable++;
            }
            int[] row = ratings.unit(u);
            for (int r = 0; r < row.length; r++) {
                if (row[r] == 1) {
                    coded.merge(raters.get(r).name(), 1, Integer::sum);
                }
            }
        }
        double cohen = raters.size() == 2 ? CohenKappa.of(ratings) : Double.NaN;
        return new CodeAgreement(code, pairable, coded, PercentAgreement.of(ratings), cohen, FleissKappa.of(ratings),
                FleissKappa.completeUnits(ratings), KrippendorffAlpha.nominal(ratings));
    }

    private static List<Disagreement> disagreements(List<SentenceUnit> units, List<List<Set<String>>> values,
            List<Rater> raters) {
        List<Disagreement> result = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Map<String, Set<String>> byRater = new LinkedHashMap<>();
            Set<Set<String>> distinct = new HashSet<>();
            for (int r = 0; r < raters.size(); r++) {
                Set<String> given = values.get(u).get(r);
                if (given != null) {
                    byRater.put(raters.get(r).name(), given);
                    distinct.add(given);
                }
            }
            if (byRater.size() >= 2 && distinct.size() > 1) {
                result.add(new Disagreement(units.get(u), byRater));
            }
        }
        return result;
    }
}
