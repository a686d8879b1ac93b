package org.memolens.nlp.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import opennlp.tools.doccat.FeatureGenerator;

import org.memolens.domain.TextSpan;

/**
 * A SHA-256 over the features the tone model's generators give for the team's labelled sentences and
 * for two probe sentences per lexicon entry.
 * The tone model is trained on these features, and the rules feed them ({@code lex=}, {@code neg=}),
 * so a rule correction can change them. The probe includes the rule checks, which train nothing but
 * are the sentences the rule corrections were found on, so a rule change is unlikely to slip past it. When that happens the shipped model no longer matches the
 * code: it still works, but its rebuild command gives another file. Training records the digest
 * beside the model ({@value #FILE_NAME}); a test compares it with the digest of the current code.
 */
public final class ToneFeatureFingerprint {

    /** Written next to {@code tone-model.bin} by training: the model's SHA-256 and this digest. */
    public static final String FILE_NAME = "tone-model.features";

    /** The probe: the team's sentences, on the class path because the build copies {@code assets/}. */
    static final List<String> PROBE = List.of("memolens/assets/data/tone/memo.tsv",
            "memolens/assets/data/tone/news.tsv", "memolens/assets/data/tone/news-2.tsv",
            "memolens/assets/data/tone/rule-checks.tsv", "memolens/assets/data/memo-sentences/train.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToneFeatureFingerprint() {
    }

    /** The digest for the current rules and feature generators, {@code tokenizer} as the analyser uses it. */
    public static String current(Function<String, List<TextSpan>> tokenizer) {
        MessageDigest digest = sha256();
        FeatureGenerator[] generators = ToneModel.featureGenerators();
        List<String> texts = new ArrayList<>();
        for (String resource : PROBE) {
            texts.addAll(probeTexts(resource));
        }
        texts.addAll(lexiconProbes());
        for (String text : texts) {
            String[] words = ToneTrainer.words(text, tokenizer);
            for (FeatureGenerator g : generators) {
                for (String feature : g.extractFeatures(words, ToneRegister.extraInformation(null))) {
                    digest.update((feature + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The contents of {@value #FILE_NAME} for a model file with this SHA-256. */
    public static String record(String modelSha256, String features) {
        return ToneModel.FILE_NAME + " " + modelSha256 + "\nfeatures " + features + "\n";
    }

    /** The features digest in a {@value #FILE_NAME} text, or "" when the text does not name {@code modelSha256}. */
    public static String recordedFor(String recordText, String modelSha256) {
        List<String> lines = recordText.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(ToneModel.FILE_NAME + " " + modelSha256)
                || !lines.get(1).startsWith("features ")) {
            return "";
        }
        return lines.get(1).substring("features ".length()).strip();
    }

    /**
     * Two short sentences for every lexicon entry, plain and negated ("late", "it is not late."). Most
     * texts the model trains on come from outside the team, so a lexicon change that shows in none of
     * the team's sentences would still change their features; these catch it.
     */
    static List<String> lexiconProbes() {
        List<String> probes = new ArrayList<>();
        for (String resource : ToneLexicon.resources()) {
            for (String line : lines(resource)) {
                String[] fields = line.split("\t");
                if (line.startsWith("#") || fields.length < 2) {
                    continue;
                }
                // VADER lines are "token, valence"; the team's rules are "kind, entry, value".
                String entry = fields.length >= 3 ? fields[1] : fields[0];
                probes.add(entry);
                probes.add("it is not " + entry + ".");
            }
        }
        return probes;
    }

    private static List<String> probeTexts(String resource) {
        List<String> lines = lines(resource);
        if (!resource.endsWith(".jsonl")) {
            return lines.stream()
                    .filter(line -> line.indexOf('\t') > 0)
                    .map(line -> line.substring(line.indexOf('\t') + 1).strip())
                    .toList();
        }
        List<String> texts = new ArrayList<>();
        try {
            for (String line : lines) {
                if (!line.isBlank()) {
                    texts.add(JSON.readTree(line).path("text").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ToneFeatureFingerprint.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
