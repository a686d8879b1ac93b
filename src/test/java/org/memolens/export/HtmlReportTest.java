package org.memolens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.memolens.domain.AnalysisRun;
import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.DetectorSource;
import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Evidence;
import org.memolens.domain.FrameHit;
import org.memolens.domain.Impact;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.Language;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MemoText;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.Tone;
import org.memolens.domain.ToneLabel;
import org.memolens.research.ComparedMemo;
import org.memolens.research.Comparison;

class HtmlReportTest {

    static final Codebook CODEBOOK = new Codebook("t", 1, List.of(
            new Code("EFFICIENCY", "efficiency and cost", "", "#1f77b4", null, List.of()),
            new Code("CARE_SUPPORT", "care and support", "\"><script>", "javascript:alert(1)", null, List.of())));

    static final String TEXT = "We are excited to streamline <b>teams</b>. Roles will be reduced. Sadly we failed.";

    /** A memo with every layer filled in by hand: tone, impact (with a gap), a frame and a euphemism. */
    static ComparedMemo analysedMemo(long id, String title) {
        Memo memo = new Memo(id, new MemoMetadata(title, "A <CEO>", null, null), TEXT, "f".repeat(64),
                MemoText.wordCount(TEXT), Instant.EPOCH);
        int s2 = TEXT.indexOf("Roles");
        int s3 = TEXT.indexOf("Sadly");
        List<SentenceAnalysis> sentences = List.of(
                new SentenceAnalysis(0, 0, s2 - 1, 9, List.of())
                        .withTone(new Tone(ToneLabel.POSITIVE, 0.7, 0.9, List.of(new Evidence(7, 14, "excited", 0.7))))
                        .withImpact(new Impact(ImpactLabel.NONE, List.of()))
                        .withFrames(List.of(new FrameHit("EFFICIENCY", 0.8, List.of(new Evidence(18, 28, "streamline", 1)),
                                DetectorSource.RULE), new FrameHit("CARE_SUPPORT", 0.6,
                                List.of(new Evidence(0, 2, "We", 1)), DetectorSource.MODEL))),
                new SentenceAnalysis(1, s2, s3 - 1, 5, List.of())
                        .withTone(new Tone(ToneLabel.NEUTRAL, 0.0, 0.8, List.of()))
                        .withImpact(new Impact(ImpactLabel.HARM, List.of(new Evidence(s2, s2 + 5, "Roles", 1))))
                        .withDevices(List.of(new DeviceHit(DeviceType.EUPHEMISM, s2, s3 - 2, TEXT.substring(s2, s3 - 2),
                                "people will lose their jobs <now>"))),
                new SentenceAnalysis(2, s3, TEXT.length(), 4, List.of())
                        .withTone(new Tone(ToneLabel.NEGATIVE, -0.6, 0.9, List.of()))
                        .withImpact(new Impact(ImpactLabel.NONE, List.of())));
        return ComparedMemo.of(memo, new MemoAnalysis(new AnalysisRun(id, id, Instant.EPOCH,
                new Language("eng", 1, true), Map.of("pipeline", "p1")), sentences));
    }

    @Test
    void aMemoReportEscapesTextAndDataAndNeedsNothingFromOutside() {
        ComparedMemo m = analysedMemo(1, "Title <script>alert('x')</script>");
        String html = HtmlReport.memo(m.memo(), m.analysis(), CODEBOOK, Instant.EPOCH);
        assertFalse(html.contains("<script"), "no script, not even from a title or codebook");
        assertFalse(html.contains("<b>teams</b>"));
        assertTrue(html.contains("&lt;b&gt;teams&lt;/b&gt;"));
        assertTrue(html.contains("A &lt;CEO&gt;"));
        assertFalse(html.contains("javascript:"), "a colour that is not #rrggbb never reaches the page");
        assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no external resources");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertTrue(html.contains("Of the 1 sentence that means harm for staff, 1 is worded in a positive or neutral tone"));
        assertTrue(html.contains("class=\"s tone-neutral harm gap\""), html);
        assertTrue(html.contains("people will lose their jobs &lt;now&gt;"));
    }

    @Test
    void theMemoTextSurvivesIntactOnceMarkupIsRemoved() {
        ComparedMemo m = analysedMemo(1, "T");
        String html = HtmlReport.memo(m.memo(), m.analysis(), CODEBOOK, Instant.EPOCH);
        Matcher text = Pattern.compile("<div class=\"memo-text\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertTrue(text.find());
        String plain = text.group(1).replaceAll("<span class=\"chip\"[^>]*>[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(TEXT, plain);
    }

    @Test
    void aComparisonReportHasTheTableOverlaidChartsAndDistinctiveWords() {
        Comparison c = Comparison.of(List.of(analysedMemo(1, "First"), analysedMemo(2, "Second")), CODEBOOK);
        String html = HtmlReport.comparison(c, CODEBOOK, Instant.EPOCH);
        assertTrue(html.contains("Δ vs first"));
        assertTrue(html.contains("Tone arc"));
        assertTrue(html.contains("Frames: share of sentences"));
        assertEquals(2, html.split("<path fill=\"none\"", -1).length - 1, "one tone line per memo");
        assertFalse(html.contains("<script"));
    }

    @Test
    void csvAndJsonCarryEveryLayer() {
        ComparedMemo m = analysedMemo(1, "T");
        String csv = ReportCsv.sentences(m.memo(), m.analysis());
        assertTrue(csv.lines().skip(2).findFirst().orElseThrow().contains(",neutral,0,0.8,harm,true,,EUPHEMISM:"), csv);
        Comparison c = Comparison.of(List.of(analysedMemo(1, "A"), analysedMemo(2, "B")), CODEBOOK);
        String table = ReportCsv.comparison(c);
        assertTrue(table.startsWith("metric,label,memo_1,memo_2,delta_2"), table);
        assertTrue(table.contains("gap_index,Gap index (sugar-coating),1,1,0"), table);
        assertTrue(ComparisonJson.write(c).contains("\"distinctive_words\""));
    }
}
