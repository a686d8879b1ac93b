package org.memolens.nlp;

import java.util.List;

import opennlp.tools.postag.POSTaggerME;

import org.memolens.domain.SentenceAnalysis;

/**
 * How often the pipeline's POS tags equal those of OpenNLP's {@link POSTaggerME} with its default
 * beam search, on given text: the check that faster tagging costs no accuracy.
 */
public final class PosAgreement {

    /** Tokens compared and tokens with the same tag. */
    public record Result(long tokens, long equal) {
        public double share() {
            return tokens == 0 ? 1.0 : equal / (double) tokens;
        }
    }

    private PosAgreement() {
    }

    public static Result measure(List<String> texts) {
        NlpModels models = new NlpModels();
        LinguisticPipeline pipeline = new LinguisticPipeline(models);
        POSTaggerME reference = new POSTaggerME(models.pos());
        long tokens = 0;
        long equal = 0;
        for (String text : texts) {
            for (SentenceAnalysis s : pipeline.analyze(text)) {
                String[] words = s.tokens().stream().map(t -> t.text()).toArray(String[]::new);
                String[] expected = reference.tag(words);
                for (int i = 0; i < words.length; i++) {
                    tokens++;
                    if (expected[i].equals(s.tokens().get(i).pos())) {
                        equal++;
                    }
                }
            }
        }
        return new Result(tokens, equal);
    }
}
