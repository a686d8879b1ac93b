package org.memolens.app;

import java.util.List;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;

/**
 * TEMPORARY SOURCE of the frame codebook: the 12 codes of DESIGN.md with display colours, built in
 * code until the codebook asset and its loader (issue 4) arrive. At merge, {@link MemoLensCore}
 * takes the loaded codebook instead and this class is deleted; nothing else refers to it.
 */
final class TemporaryCodebook {

    private TemporaryCodebook() {
    }

    static Codebook create() {
        return new Codebook("memolens-frames", 1, List.of(
                code("TECH_INEVITABILITY", "technology as destiny", "#6f42c1",
                        "presents AI or technology as a force that makes change necessary or unavoidable"),
                code("EFFICIENCY", "efficiency and cost", "#1f77b4",
                        "justifies change by productivity, cost, speed, margins, doing more with less"),
                code("STREAMLINING", "fewer layers", "#17becf",
                        "promises less bureaucracy, fewer layers or managers, more ownership, faster decisions"),
                code("MISSION_CUSTOMER", "mission and customers", "#2ca02c",
                        "justifies change by customers, mission, long-term strategy, big bets"),
                code("EXTERNAL_PRESSURE", "outside forces", "#d62728",
                        "blames the economy, markets, competitors, a crisis, investors or regulators"),
                code("IDENTITY_CULTURE", "who we are", "#e377c2",
                        "appeals to culture, values, company history, startup spirit, pride"),
                code("NORMALISATION", "business as usual", "#7f7f7f",
                        "presents the change as routine, ongoing, a continuation, regular review"),
                code("CARE_SUPPORT", "care and support", "#8c564b",
                        "expresses empathy or gratitude, or describes severance, benefits, help for those affected"),
                code("ACCOUNTABILITY", "leader takes responsibility", "#bcbd22",
                        "has the leader own the decision or a mistake"),
                code("RESPONSIBILISATION", "it's on you", "#ff7f0e",
                        "puts the onus on employees to adapt, upskill, embrace tools, meet higher expectations"),
                code("OPPORTUNITY", "opportunity and growth", "#98df8a",
                        "speaks of new roles, growth, excitement, hiring in strategic areas, a better future"),
                code("PROCEDURE", "process and logistics", "#9edae5",
                        "gives timelines, notice, eligibility, legal requirements, meetings, next steps")));
    }

    private static Code code(String code, String name, String colour, String definition) {
        return new Code(code, name, "The sentence " + definition + ".", colour, null, List.of());
    }
}
