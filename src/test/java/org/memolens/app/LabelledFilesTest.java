package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.InvalidInputException;
import org.memolens.domain.ToneLabel;
import org.memolens.nlp.tone.ToneExample;

class LabelledFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTabSeparatedLinesAndSkipsBlankOnes() throws Exception {
        Path file = dir.resolve("a.tsv");
        Files.writeString(file, "\uFEFFpositive\tGreat quarter.\n\nNEGATIVE\tSales fell.\nneutral\tThe meeting is on Friday.\n");
        List<ToneExample> examples = LabelledFiles.read(file, ToneExample.Part.ALL);
        assertEquals(List.of(new ToneExample(ToneLabel.POSITIVE, "Great quarter."),
                new ToneExample(ToneLabel.NEGATIVE, "Sales fell."),
                new ToneExample(ToneLabel.NEUTRAL, "The meeting is on Friday.")), examples);
    }

    @Test
    void quotedLabelsAndColumnNamesAreReadButTextsKeepTheirQuotes() throws Exception {
        Path plain = dir.resolve("quoted.tsv");
        Files.writeString(plain, "\"positive\"\t\"Great quarter.\"\r\n\"neg\"\tSales fell.\r\n");
        assertEquals(List.of(new ToneExample(ToneLabel.POSITIVE, "\"Great quarter.\""),
                new ToneExample(ToneLabel.NEGATIVE, "Sales fell.")), LabelledFiles.read(plain, ToneExample.Part.ALL));
        Path header = dir.resolve("quoted-header.tsv");
        Files.writeString(header, "\"id\"\t\"text\"\t\"label\"\n\"1\"\tSales fell.\t\"negative\"\n");
        assertEquals(List.of(new ToneExample(ToneLabel.NEGATIVE, "Sales fell.")),
                LabelledFiles.read(header, ToneExample.Part.ALL));
    }

    @Test
    void readsJsonLinesWithTextAndTone() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "{\"id\":\"m1-s01\",\"text\":\"We are thrilled.\",\"tone\":\"positive\",\"impact\":\"none\"}\n");
        assertEquals(List.of(new ToneExample(ToneLabel.POSITIVE, "We are thrilled.")),
                LabelledFiles.read(file, ToneExample.Part.ALL));
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() throws Exception {
        Path noTab = dir.resolve("b.tsv");
        Files.writeString(noTab, "positive\tfine\npositive no tab here\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelledFiles.read(noTab, ToneExample.Part.ALL));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Path badLabel = dir.resolve("c.tsv");
        Files.writeString(badLabel, "happy\tWe won.\n");
        e = assertThrows(InvalidInputException.class, () -> LabelledFiles.read(badLabel, ToneExample.Part.ALL));
        assertTrue(e.getMessage().contains("unknown label 'happy'"), e.getMessage());
        Path binary = dir.resolve("d.tsv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        e = assertThrows(InvalidInputException.class, () -> LabelledFiles.read(binary, ToneExample.Part.ALL));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> LabelledFiles.read(dir.resolve("missing.tsv"), ToneExample.Part.ALL));
    }

    @Test
    void aHeaderRowNamesTheLabelAndTextColumnsAndOtherColumnsAreIgnored() throws Exception {
        Path scored = dir.resolve("s.tsv");
        Files.writeString(scored, "id\tmean_rating\tnormalised\tlabel\ttext\r\n"
                + "1_1\t-0.9\t-0.225\tnegative\tno picture\tat all.\r\n"
                + "1_2\t2.1\t0.525\tPositive\tGreat screen.\r\n");
        assertEquals(List.of(new ToneExample(ToneLabel.NEGATIVE, "no picture\tat all."),
                new ToneExample(ToneLabel.POSITIVE, "Great screen.")), LabelledFiles.read(scored, ToneExample.Part.ALL));
        Path textFirst = dir.resolve("t.tsv");
        Files.writeString(textFirst, "\nSentence\tSentiment\nSales fell.\tneg\nThe meeting is on Friday.\tneu\n");
        assertEquals(List.of(new ToneExample(ToneLabel.NEGATIVE, "Sales fell."),
                new ToneExample(ToneLabel.NEUTRAL, "The meeting is on Friday.")), LabelledFiles.read(textFirst, ToneExample.Part.ALL));
    }

    @Test
    void aHeaderWithoutLabelOrTextColumnAndShortRowsAreRefused() throws Exception {
        Path noText = dir.resolve("n.tsv");
        Files.writeString(noText, "label\tbody\npositive\tGood.\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelledFiles.read(noText, ToneExample.Part.ALL));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("header row"), e.getMessage());
        Path shortRow = dir.resolve("r.tsv");
        Files.writeString(shortRow, "id\tlabel\ttext\n1\tpositive\tGood.\n2\tnegative\n");
        e = assertThrows(InvalidInputException.class, () -> LabelledFiles.read(shortRow, ToneExample.Part.ALL));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("3 tab-separated columns"), e.getMessage());
    }

    /** A file of 200 distinct neutral sentences, enough for each hash part to hold about a fifth. */
    private Path twoHundredSentences(String name) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("neutral\tSentence number ").append(i).append(".\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void trainAndHeldOutPartsSplitAFileWithoutOverlap() throws Exception {
        Path file = twoHundredSentences("many.tsv");
        List<ToneExample> train = LabelledFiles.read(file, ToneExample.Part.TRAIN);
        List<ToneExample> heldOut = LabelledFiles.read(file, ToneExample.Part.HELDOUT);
        assertEquals(200, train.size() + heldOut.size());
        assertTrue(heldOut.size() > 20 && heldOut.size() < 60, "about a fifth: " + heldOut.size());
        assertTrue(heldOut.stream().noneMatch(train::contains));
    }

    @Test
    void devAndFitPartsSplitTheTrainingPartWithoutOverlap() throws Exception {
        Path file = twoHundredSentences("split.tsv");
        List<ToneExample> train = LabelledFiles.read(file, ToneExample.Part.TRAIN);
        List<ToneExample> dev = LabelledFiles.read(file, ToneExample.Part.DEV);
        List<ToneExample> fit = LabelledFiles.read(file, ToneExample.Part.FIT);
        assertEquals(train.size(), dev.size() + fit.size());
        assertTrue(train.containsAll(dev) && train.containsAll(fit));
        assertTrue(dev.stream().noneMatch(fit::contains));
        assertTrue(dev.size() > 20 && dev.size() < 60, "about a fifth: " + dev.size());
        assertEquals(DataPart.DEV, TrainToneModel.SetSpec.parse("news=n.tsv#dev").part());
    }

    @Test
    void crossValidationFoldsPartitionAFileAndNamedPartsAreUnionsOfFolds() throws Exception {
        Path file = twoHundredSentences("folds.tsv");
        java.util.Set<ToneExample> seen = new java.util.HashSet<>();
        for (int k = 0; k < 5; k++) {
            List<ToneExample> fold = LabelledFiles.read(file, DataPart.parse("fold" + k, "--part").toNlp());
            List<ToneExample> rest = LabelledFiles.read(file, DataPart.parse("not-fold" + k, "--part").toNlp());
            assertEquals(200, fold.size() + rest.size());
            assertTrue(fold.stream().noneMatch(rest::contains));
            assertTrue(fold.stream().allMatch(seen::add), "fold " + k + " overlaps an earlier fold");
        }
        assertEquals(200, seen.size());
        assertEquals(LabelledFiles.read(file, ToneExample.Part.HELDOUT), LabelledFiles.read(file, ToneExample.Part.fold(0)));
        assertEquals(LabelledFiles.read(file, ToneExample.Part.TRAIN), LabelledFiles.read(file, ToneExample.Part.withoutFold(0)));
        assertEquals(LabelledFiles.read(file, ToneExample.Part.DEV), LabelledFiles.read(file, ToneExample.Part.fold(1)));
        assertEquals(DataPart.parse("not-fold3", "x"), TrainToneModel.SetSpec.parse("review=a.tsv#not-fold3").part());
        assertEquals(LabelledFiles.read(file, ToneExample.Part.FIT), LabelledFiles.read(file, DataPart.parse("folds432", "x").toNlp()));
        assertEquals("folds134", DataPart.parse("folds431", "x").code());
        assertEquals(LabelledFiles.read(file, ToneExample.Part.TRAIN).size(),
                LabelledFiles.read(file, DataPart.parse("folds134", "x").toNlp()).size()
                        + LabelledFiles.read(file, ToneExample.Part.fold(2)).size());
        assertThrows(InvalidInputException.class, () -> DataPart.parse("folds5", "--part folds5"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DataPart.parse("fold5", "--part fold5"));
        assertTrue(e.getMessage().contains("fold0 to fold4"), e.getMessage());
    }

    @Test
    void aTrainingSetSpecNamesRegisterFilePartAndWeight() {
        TrainToneModel.SetSpec spec = TrainToneModel.SetSpec.parse("news=assets/data/tone/news.tsv#train*2.5");
        assertEquals(new TrainToneModel.SetSpec(org.memolens.nlp.tone.ToneRegister.NEWS, Path.of("assets/data/tone/news.tsv"),
                DataPart.TRAIN, 2.5), spec);
        assertEquals(DataPart.ALL, TrainToneModel.SetSpec.parse("memo=x.jsonl").part());
        assertThrows(InvalidInputException.class, () -> TrainToneModel.SetSpec.parse("x.tsv"));
        assertThrows(InvalidInputException.class, () -> TrainToneModel.SetSpec.parse("poetry=x.tsv"));
        assertThrows(InvalidInputException.class, () -> TrainToneModel.SetSpec.parse("news=x.tsv#test"));
        assertThrows(InvalidInputException.class, () -> TrainToneModel.SetSpec.parse("news=x.tsv*-1"));
    }
}
