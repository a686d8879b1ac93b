package org.memolens.nlp.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.PronounCounts;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Token;

/**
 * Everything the framing analysis finds in one sentence: workforce impact, frames, devices and
 * pronouns. The detectors share one pass over the sentence: impact cues feed the device rules
 * (agentless harm and vague euphemisms need harm) and, with the rules' devices and the codebook's
 * indicators, the frame model's features. Where the frame model carries an agentless-harm span
 * model, it decides which of the agentless candidates are reported; the frame and impact features
 * keep the rules' devices, so that they are the same in training and in use.
 *
 * <p>Immutable; thread-safe.
 */
public final class SentenceFraming {

    /** The result for one sentence. */
    public record Result(Impact impact, List<FrameHit> frames, List<DeviceHit> devices, PronounCounts pronouns) {
    }

    private static final Comparator<DeviceHit> TEXT_ORDER = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : a.type().compareTo(b.type());

    private final FrameRules rules;
    private final ImpactDetector impact;
    private final EuphemismDetector euphemisms;
    private final AgentlessHarmDetector agentless = new AgentlessHarmDetector();
    private final StanceDetector stance = new StanceDetector();
    private final FrameDetector frames;
    private final FrameModel model;
    private final DeviceSpanModel agentlessModel;

    /** @param model the trained frame model, or null to detect frames and devices by rules alone */
    public SentenceFraming(FrameCodebook codebook, EuphemismGlossary glossary, FrameModel model) {
        this.rules = new FrameRules(codebook);
        this.impact = new ImpactDetector(glossary);
        this.euphemisms = new EuphemismDetector(glossary);
        this.frames = new FrameDetector(model);
        this.model = model;
        this.agentlessModel = model == null ? null : model.device(DeviceType.AGENTLESS_HARM);
    }

    public Result analyze(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        Map<String, FrameRules.Matches> matches = rules.match(s);
        SentenceFeatures features = SentenceFeatures.of(s, matches, r.cues(), r.ruleDevices());
        List<FrameHit> frameHits = frames.detect(s, matches, features);
        Impact finalImpact = model != null && model.hasImpact()
                ? ImpactDecision.decide(s, r.cues(), r.ruleImpact(), features, model) : r.ruleImpact();
        return new Result(finalImpact, frameHits, devices(r), PronounCounter.count(s));
    }

    public SentenceAnalysis apply(String memoText, SentenceAnalysis sentence) {
        Result r = analyze(memoText, sentence.tokens());
        return sentence.withImpact(r.impact()).withFrames(r.frames()).withDevices(r.devices()).withPronouns(r.pronouns());
    }

    /**
     * What the rules read in a sentence: impact cues and decision, the agentless clauses the rules
     * report (with their shapes, for the span model) and the rules' devices.
     */
    private record Reading(MatchableSentence s, List<Cue> cues, Impact ruleImpact, List<int[]> agentlessSpans,
            List<DeviceHit> ruleDevices) {
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
            cues.sort(Comparator.comparingInt(Cue::from).thenComparingInt(Cue::to));
            ruleImpact = ImpactDetector.decide(s, cues);
            harmful = ruleImpact.label() == ImpactLabel.HARM;
        }
        List<DeviceHit> ruleDevices = new ArrayList<>(euphemisms.find(s,
                harmful || cues.stream().anyMatch(c -> c.kind().contains("assurance"))));
        ruleDevices.addAll(AgentlessHarmDetector.hits(s, agentlessSpans));
        ruleDevices.addAll(stance.find(s));
        ruleDevices.sort(TEXT_ORDER);
        return new Reading(s, cues, ruleImpact, agentlessSpans, ruleDevices);
    }

    /**
     * The devices reported: the rules' own, except that where the model carries an agentless-harm
     * span model, it chooses the agentless clauses among the candidates.
     */
    private List<DeviceHit> devices(Reading r) {
        if (agentlessModel == null) {
            return r.ruleDevices();
        }
        List<DeviceHit> devices = new ArrayList<>();
        for (DeviceHit d : r.ruleDevices()) {
            if (d.type() != DeviceType.AGENTLESS_HARM) {
                devices.add(d);
            }
        }
        for (SpanCandidate c : agentlessModel.select(candidates(r).agentless())) {
            Evidence e = r.s().evidence(c.from(), c.to(), 1);
            devices.add(new DeviceHit(DeviceType.AGENTLESS_HARM, e.start(), e.end(), e.text(), c.gloss()));
        }
        devices.sort(TEXT_ORDER);
        return devices;
    }

    /** A sentence's agentless-harm candidates, for training, evaluating and applying the span model. */
    record Candidates(MatchableSentence sentence, List<SpanCandidate> agentless) {
    }

    Candidates candidates(String memoText, List<Token> tokens) {
        return candidates(read(MatchableSentence.of(memoText, tokens)));
    }

    private Candidates candidates(Reading r) {
        SpanContext context = new SpanContext(r.s(), r.cues(), r.ruleImpact().label());
        return new Candidates(r.s(), AgentlessCandidates.find(context, r.agentlessSpans()));
    }

    /** The frame models' features for one sentence, as the trainer needs them. */
    String[] features(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        return SentenceFeatures.of(s, rules.match(s), r.cues(), r.ruleDevices()).array();
    }

    /** The impact model's features: the frame features plus the rules' impact decision. */
    String[] impactFeatures(String memoText, List<Token> tokens) {
        MatchableSentence s = MatchableSentence.of(memoText, tokens);
        Reading r = read(s);
        String[] f = SentenceFeatures.of(s, rules.match(s), r.cues(), r.ruleDevices()).array();
        return ImpactDecision.withRule(f, r.ruleImpact().label());
    }

    List<String> codes() {
        return rules.codes();
    }
}
