package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.PronounCounts;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;

/**
 * Everything the framing analysis finds in one sentence: workforce impact, frames, devices and
 * pronouns. The detectors share one pass over the sentence: impact cues feed the device rules
 * (agentless harm and vague euphemisms need harm) and, with the devices and the codebook's
 * indicators, the frame model's features.
 *
 * <p>Immutable; thread-safe.
 */
public final class SentenceFraming {

    /** The result for one sentence. */
    public record Result(Impact impact, List<FrameHit> frames, List<DeviceHit> devices, PronounCounts pronouns) {
    }

    private final FrameRules rules;
    private final ImpactDetector impact;
    private final EuphemismDetector euphemisms;
    private final AgentlessHarmDetector agentless = new AgentlessHarmDetector();
    private final StanceDetector stance = new StanceDetector();
    private final FrameDetector frames;
    private final FrameModel model;

    /** @param model the trained frame model, or null to detect frames by rules alone */
    public SentenceFraming(FrameCodebook codebook, EuphemismGlossary glossary, FrameModel model) {
        this.rules = new FrameRules(codebook);
        this.impact = new ImpactDetector(glossary);
        this.euphemisms = new EuphemismDetector(glossary);
        this.frames = new FrameDetector(model);
        this.model = model;
    }

    public Result analyze(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        Map<String, FrameRules.Matches> matches = rules.match(s);
        SentenceFeatures features = SentenceFeatures.of(s, matches, r.cues(), r.devices());
        List<FrameHit> frameHits = frames.detect(s, matches, features);
        Impact finalImpact = model != null && model.hasImpact()
                ? ImpactDecision.decide(s, r.cues(), r.ruleImpact(), features, model) : r.ruleImpact();
        return new Result(finalImpact, frameHits, r.devices(), PronounCounter.count(s));
    }

    public SentenceAnalysis apply(String memoText, SentenceAnalysis sentence) {
        Result r = analyze(memoText, sentence.tokens());
        return sentence.withImpact(r.impact()).withFrames(r.frames()).withDevices(r.devices()).withPronouns(r.pronouns());
    }

    /** Impact cues, the rules' impact and the devices of one sentence. */
    private record Reading(List<Cue> cues, Impact ruleImpact, List<DeviceHit> devices) {
    }

    /**
     * Impact cues first; agentless harm is looked for with the harm cues when the cues show harm, and
     * by its own harm verbs otherwise ("management roles will be retired"): a clause it finds is harm
     * too, so it joins the cues before the impact is decided.
     */
    private Reading read(MatchableSentence s) {
        List<Cue> cues = new ArrayList<>(impact.cues(s));
        Impact ruleImpact = ImpactDetector.decide(s, cues);
        boolean harmful = ruleImpact.label() == ImpactLabel.HARM;
        List<Cue> harmCues = new ArrayList<>();
        if (harmful) {
            for (Cue c : cues) {
                if (c.kind().startsWith(ImpactDetector.HARM)) {
                    harmCues.add(c);
                }
            }
        }
        List<int[]> agentlessSpans = agentless.spans(s, harmCues);
        if (!harmful && !agentlessSpans.isEmpty()) {
            for (int[] span : agentlessSpans) {
                cues.add(new Cue(ImpactDetector.HARM + "agentless", span[0], span[1], 1));
            }
            cues.sort(java.util.Comparator.comparingInt(Cue::from).thenComparingInt(Cue::to));
            ruleImpact = ImpactDetector.decide(s, cues);
            harmful = ruleImpact.label() == ImpactLabel.HARM;
        }
        List<DeviceHit> devices = new ArrayList<>();
        devices.addAll(euphemisms.find(s, harmful || cues.stream().anyMatch(c -> c.kind().contains("assurance"))));
        devices.addAll(AgentlessHarmDetector.hits(s, agentlessSpans));
        devices.addAll(stance.find(s));
        devices.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.type().compareTo(b.type()));
        return new Reading(cues, ruleImpact, devices);
    }

    /** The frame models' features for one sentence, as the trainer needs them. */
    String[] features(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        return SentenceFeatures.of(s, rules.match(s), r.cues(), r.devices()).array();
    }

    /** The impact model's features: the frame features plus the rules' impact decision. */
    String[] impactFeatures(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        String[] f = SentenceFeatures.of(s, rules.match(s), r.cues(), r.devices()).array();
        return ImpactDecision.withRule(f, r.ruleImpact().label());
    }

    List<String> codes() {
        return rules.codes();
    }
}
