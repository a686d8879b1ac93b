package org.memolens.ui.agreement;

import java.util.Locale;
import java.util.stream.Collectors;

import org.memolens.research.CodeAgreement;

/**
 * One line of the agreement table, formatted: a code (or every code pooled, the overall line) with
 * its units, percent agreement, Cohen's kappa, Fleiss' kappa (and the units it rests on),
 * Krippendorff's alpha and how many units each rater coded. Undefined statistics read "n/a".
 */
public record AgreementRow(String code, String name, String units, String percent, String cohen, String fleiss,
        String alpha, String coded, boolean overall) {

    static AgreementRow of(CodeAgreement a, String name, boolean overall) {
        return new AgreementRow(a.code(), name, Integer.toString(a.units()), percent(a.percentAgreement()),
                number(a.cohenKappa()), Double.isNaN(a.fleissKappa()) ? "n/a" : number(a.fleissKappa()) + " (" + a.fleissUnits() + ")",
                number(a.krippendorffAlpha()), a.coded().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(" · ")), overall);
    }

    /** Three decimals, or "n/a" when the statistic is undefined for the data (NaN). */
    public static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
