package org.memolens.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import org.memolens.domain.Language;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.TextSpan;
import org.memolens.domain.Token;

/**
 * The linguistic base of every analysis: language, sentences, tokens, UD part-of-speech tags and
 * lemmas, all with offsets into the original text.
 *
 * <p>Thread-safe. Models are shared; each thread gets its own OpenNLP {@code *ME} instances, which
 * are not thread-safe.
 */
public final class LinguisticPipeline {

    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final Once<PosTags> tagger;
    // Built on first use, so that listing memos or starting the GUI loads no model.
    private final Once<CachingTokenizer> tokenizer;
    private final Once<CachingLemmatizer> lemmatizer;
    private final Once<LanguageIdentifier> languageIdentifier;

    public LinguisticPipeline(NlpModels models) {
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentence()));
        this.tagger = new Once<>(() -> posTagger(models.pos()));
        this.tokenizer = new Once<>(() -> new CachingTokenizer(models.tokens()));
        this.lemmatizer = new Once<>(() -> new CachingLemmatizer(models.lemmas()));
        this.languageIdentifier = new Once<>(() -> new LanguageIdentifier(models::language));
    }

    /** POS tagging of one tokenised sentence. */
    @FunctionalInterface
    private interface PosTags {
        String[] tag(String[] words);
    }

    /** {@link GreedyPosTagger} where it reproduces the model exactly, else OpenNLP's own tagger. */
    private static PosTags posTagger(POSModel model) {
        return GreedyPosTagger.of(model).<PosTags>map(fast -> fast::tag).orElseGet(() -> {
            ThreadLocal<POSTaggerME> perThread = ThreadLocal.withInitial(() -> new POSTaggerME(model));
            return words -> perThread.get().tag(words);
        });
    }

    public Language identifyLanguage(String text) {
        return languageIdentifier.get().identify(text);
    }

    /** Sentence spans only, without tokens: cheap, for showing a memo before it is analysed. */
    public List<TextSpan> sentences(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        SentenceDetectorME detector = sentenceDetector.get();
        for (TextSpan block : TextBlocks.of(text)) {
            String blockText = block.of(text);
            TextSpan previous = null;
            for (Span s : detector.sentPosDetect(blockText)) {
                TextSpan trimmed = trim(text, block.start() + s.getStart(), block.start() + s.getEnd());
                if (trimmed == null) {
                    continue;
                }
                // The model splits after abbreviations it does not know ("by 10:00 a.m. local time");
                // a sentence never starts with a lower-case letter, so such a piece joins the one before.
                if (previous != null && Character.isLowerCase(text.codePointAt(trimmed.start()))) {
                    previous = new TextSpan(previous.start(), trimmed.end());
                    sentences.set(sentences.size() - 1, previous);
                } else {
                    previous = trimmed;
                    sentences.add(trimmed);
                }
            }
        }
        return sentences;
    }

    /** Sentences with tokens, POS tags and lemmas. The text is assumed analysable (English). */
    public List<SentenceAnalysis> analyze(String text) {
        return analyze(text, StageTimes.OFF);
    }

    /** As {@link #analyze(String)}, adding the time of each stage to {@code times}. */
    public List<SentenceAnalysis> analyze(String text, StageTimes times) {
        long clock = times.start();
        List<TextSpan> spans = sentences(text);
        clock = times.since("sentences", clock);
        List<SentenceAnalysis> result = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            List<Token> tokens = tokens(text, span, times);
            result.add(new SentenceAnalysis(i, span.start(), span.end(), tokens.size(), tokens));
        }
        return result;
    }

    /**
     * Token spans of a text taken as one unit, without sentence splitting, POS tags or lemmas: what
     * a sentence-level layer sees of a line of an evaluation or training file. Offsets are into
     * {@code text}.
     */
    public List<TextSpan> tokenSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        for (Span s : tokenizer.get().tokenize(text)) {
            spans.add(new TextSpan(s.getStart(), s.getEnd()));
        }
        return spans;
    }

    /** POS tags of already tokenised words, as the pipeline assigns them. */
    String[] tag(String[] words) {
        return tagger.get().tag(words);
    }

    private List<Token> tokens(String text, TextSpan sentence, StageTimes times) {
        long clock = times.start();
        String sentenceText = sentence.of(text);
        List<Span> spans = tokenizer.get().tokenize(sentenceText);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentenceText.substring(spans.get(i).getStart(), spans.get(i).getEnd());
        }
        clock = times.since("tokens", clock);
        String[] tags = tagger.get().tag(words);
        clock = times.since("pos", clock);
        CachingLemmatizer lemmas = lemmatizer.get();
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int start = sentence.start() + spans.get(i).getStart();
            tokens.add(new Token(start, start + words[i].length(), words[i], tags[i], lemmas.lemma(words[i], tags[i])));
        }
        times.since("lemmas", clock);
        return tokens;
    }

    private static TextSpan trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
    }
}
