package org.memolens.nlp.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.memolens.domain.DeviceType;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.MemoLensException.Fix;

/**
 * Reads labelled sentences from a JSON Lines file in the team set's format:
 * <pre>{"id":"m017-s05","memo":"m017","text":"...","tone":"neutral","impact":"harm",
 *  "frames":["EFFICIENCY"],"devices":[{"type":"AGENTLESS_HARM","text":"roles will be eliminated"}]}</pre>
 * A broken line is reported with its number and field.
 */
public final class LabelledSentences {

    private LabelledSentences() {
    }

    /**
     * @param knownCodes the frame codes of the codebook; a label outside it is an error
     * @throws AssetFormatException naming the line and field of the first problem
     */
    public static List<LabelledSentence> read(Path file, Set<String> knownCodes) {
        List<LabelledSentence> sentences = new ArrayList<>();
        String name = file.toString();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                LabelledSentence s = parse(LocatedJson.parseLine(name, Fix.INPUT, number, line), knownCodes);
                if (!ids.add(s.id())) {
                    throw new AssetFormatException(Fix.INPUT, name, number, "id", "the id " + s.id() + " appears twice.", null);
                }
                sentences.add(s);
            }
        } catch (IOException e) {
            throw new AssetFormatException(Fix.INPUT, name, 0, null, "cannot be read: " + e.getMessage(), e);
        }
        if (sentences.isEmpty()) {
            throw new AssetFormatException(Fix.INPUT, name, 0, null, "holds no labelled sentences.", null);
        }
        return sentences;
    }

    private static LabelledSentence parse(LocatedJson json, Set<String> knownCodes) {
        json.object("");
        String text = json.text("text");
        ImpactLabel impact;
        String impactCode = json.text("impact");
        try {
            impact = ImpactLabel.fromCode(impactCode);
        } catch (IllegalArgumentException e) {
            throw json.error("impact", "\"" + impactCode + "\" is not harm, benefit or none.");
        }
        List<String> frames = json.texts("frames");
        for (int i = 0; i < frames.size(); i++) {
            if (!knownCodes.contains(frames.get(i))) {
                throw json.error("frames[" + i + "]", "\"" + frames.get(i) + "\" is not a code of the codebook.");
            }
        }
        List<LabelledSentence.Device> devices = new ArrayList<>();
        int n = json.node("devices") == null ? 0 : json.size("devices");
        for (int i = 0; i < n; i++) {
            String at = "devices[" + i + "]";
            String type = json.text(at + ".type");
            DeviceType deviceType;
            try {
                deviceType = DeviceType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw json.error(at + ".type", "\"" + type + "\" is not EUPHEMISM, AGENTLESS_HARM, HEDGE or BOOSTER.");
            }
            String span = json.text(at + ".text");
            if (!text.contains(span)) {
                throw json.error(at + ".text", "\"" + span + "\" is not part of the sentence text.");
            }
            devices.add(new LabelledSentence.Device(deviceType, span));
        }
        String tone = json.optionalText("tone");
        String id = json.text("id");
        String memo = json.optionalText("memo");
        return new LabelledSentence(id, memo == null ? id : memo, text, tone, impact, frames, devices);
    }
}
