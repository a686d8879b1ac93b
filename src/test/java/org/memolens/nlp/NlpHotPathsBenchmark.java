package org.memolens.nlp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import opennlp.tools.postag.POSTaggerME;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.memolens.app.bench.MemoGenerator;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.SentenceAnalysis;

/**
 * JMH micro-benchmarks of the analysis hot paths, on generated memos: the whole analysis of one
 * 500-word memo, and each stage alone (sentence split, tokens, POS with the greedy cached decoder and
 * with OpenNLP's beam search for comparison, lemmas, the language check). Compiled with the tests,
 * never run by {@code mvn verify}; run with {@code mvn -Pjmh verify} (see README, Performance).
 * Times are per memo (about 35 sentences).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NlpHotPathsBenchmark {

    private NlpModels models;
    private LinguisticPipeline pipeline;
    private MemoAnalyzer analyzer;
    private GreedyPosTagger greedy;
    private POSTaggerME beam;
    private CachingTokenizer tokenizer;
    private CachingLemmatizer lemmatizer;
    private Memo memo;
    private List<String> sentenceTexts;
    private List<String[]> sentenceWords;
    private List<String[]> sentenceTags;

    @Setup(Level.Trial)
    public void load() {
        models = new NlpModels();
        pipeline = new LinguisticPipeline(models);
        analyzer = new MemoAnalyzer(pipeline, ShippedLayers.create(models), Clock.systemUTC());
        greedy = GreedyPosTagger.of(models.pos()).orElseThrow();
        beam = new POSTaggerME(models.pos());
        tokenizer = new CachingTokenizer(models.tokens());
        lemmatizer = new CachingLemmatizer(models.lemmas());
        MemoGenerator generator = new MemoGenerator(1);
        for (int i = 0; i < 50; i++) {
            String warm = generator.memo(500);
            analyzer.analyze(new Memo(0, MemoMetadata.titled("warm"), warm, "", 0, Instant.EPOCH));
        }
        String text = generator.memo(500);
        memo = new Memo(0, MemoMetadata.titled("bench"), text, "", 0, Instant.EPOCH);
        List<SentenceAnalysis> sentences = pipeline.analyze(text);
        sentenceTexts = sentences.stream().map(s -> s.text(text)).toList();
        sentenceWords = sentences.stream().map(s -> s.tokens().stream().map(t -> t.text()).toArray(String[]::new)).toList();
        sentenceTags = sentences.stream().map(s -> s.tokens().stream().map(t -> t.pos()).toArray(String[]::new)).toList();
    }

    @Benchmark
    public Object analyzeMemo() {
        return analyzer.analyze(memo);
    }

    @Benchmark
    public Object sentences() {
        return pipeline.sentences(memo.text());
    }

    @Benchmark
    public int tokens() {
        int n = 0;
        for (String s : sentenceTexts) {
            n += tokenizer.tokenize(s).size();
        }
        return n;
    }

    @Benchmark
    public int posGreedyCached() {
        int n = 0;
        for (String[] words : sentenceWords) {
            n += greedy.tag(words).length;
        }
        return n;
    }

    @Benchmark
    public int posBeamSearch() {
        int n = 0;
        for (String[] words : sentenceWords) {
            n += beam.tag(words).length;
        }
        return n;
    }

    @Benchmark
    public int lemmas() {
        int n = 0;
        for (int s = 0; s < sentenceWords.size(); s++) {
            String[] words = sentenceWords.get(s);
            String[] tags = sentenceTags.get(s);
            for (int i = 0; i < words.length; i++) {
                n += lemmatizer.lemma(words[i], tags[i]).length();
            }
        }
        return n;
    }

    @Benchmark
    public Object languageCheck() {
        return pipeline.identifyLanguage(memo.text());
    }
}
