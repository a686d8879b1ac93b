package org.memolens.research;

import java.util.Map;

/**
 * Agreement on one code (or, for the overall line, on all chosen codes pooled), each sentence a
 * unit whose value is "has the code" or "has not". A statistic that is undefined for the data (no
 * variation, too few units, Cohen's kappa with more than two raters) is NaN.
 *
 * @param code              the code, or "(all codes)" for the pooled line
 * @param units             units rated by at least two raters
 * @param coded             per rater, units the rater gave this code
 * @param percentAgreement  share of agreeing rater pairs, in [0, 1]
 * @param cohenKappa        two raters only
 * @param fleissKappa       over the {@code fleissUnits} units every rater rated
 * @param fleissUnits       units every rater rated
 * @param krippendorffAlpha nominal alpha, missing values allowed
 */
public record CodeAgreement(String code, int units, Map<String, Integer> coded, double percentAgreement,
        double cohenKappa, double fleissKappa, int fleissUnits, double krippendorffAlpha) {

    public static final String ALL_CODES = "(all codes)";

    public CodeAgreement {
        coded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coded));
    }
}
