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
        List<Cue> cues = impact.cues(s);
        Impact ruleImpact = ImpactDetector.decide(s, cues);
        List<DeviceHit> devices = devices(s, cues, ruleImpact.label() == ImpactLabel.HARM);
        Map<String, FrameRules.Matches> matches = rules.match(s);
        SentenceFeatures features = SentenceFeatures.of(s, matches, cues, devices);
        List<FrameHit> frameHits = frames.detect(s, matches, features);
        Impact finalImpact = model != null && model.hasImpact()
                ? ImpactDecision.decide(s, cues, ruleImpact, features, model) : ruleImpact;
        return new Result(finalImpact, frameHits, devices, PronounCounter.count(s));
    }

    public SentenceAnalysis apply(String memoText, SentenceAnalysis sentence) {
        Result r = analyze(memoText, sentence.tokens());
        return sentence.withImpact(r.impact()).withFrames(r.frames()).withDevices(r.devices()).withPronouns(r.pronouns());
    }

    private List<DeviceHit> devices(MatchableSentence s, List<Cue> cues, boolean harmful) {
        List<DeviceHit> devices = new ArrayList<>();
        devices.addAll(euphemisms.find(s, harmful || cues.stream().anyMatch(c -> c.kind().contains("assurance"))));
        List<Cue> harmCues = new ArrayList<>();
        if (harmful) {
            for (Cue c : cues) {
                if (c.kind().startsWith(ImpactDetector.HARM)) {
                    harmCues.add(c);
                }
            }
        }
        devices.addAll(agentless.find(s, harmCues));
        devices.addAll(stance.find(s));
        devices.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.type().compareTo(b.type()));
        return devices;
    }

    /** The frame models' features for one sentence, as the trainer needs them. */
    String[] features(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        List<Cue> cues = impact.cues(s);
        boolean harmful = ImpactDetector.decide(s, cues).label() == ImpactLabel.HARM;
        return SentenceFeatures.of(s, rules.match(s), cues, devices(s, cues, harmful)).array();
    }

    /** The impact model's features: the frame features plus the rules' impact decision. */
    String[] impactFeatures(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        List<Cue> cues = impact.cues(s);
        ImpactLabel rule = ImpactDetector.decide(s, cues).label();
        String[] f = SentenceFeatures.of(s, rules.match(s), cues, devices(s, cues, rule == ImpactLabel.HARM)).array();
        return ImpactDecision.withRule(f, rule);
    }

    List<String> codes() {
        return rules.codes();
    }
}
