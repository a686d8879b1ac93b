package org.memolens.ui.memo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.FrameHit;
import org.memolens.domain.SentenceAnalysis;

/**
 * A memo's text, read-only, wrapped, with sentences coloured by tone, devices underlined and, in
 * the margin of each paragraph, a coloured mark for every frame its sentences carry. Used by the
 * analysis view and by each column of the compare view.
 *
 * <p>Use on the FX thread.
 */
public final class MemoTextArea {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
    private String text = "";
    private List<SentenceAnalysis> sentences = List.of();
    private Codebook codebook = new Codebook("none", 0, List.of());
    private List<List<String>> paragraphFrames = List.of();
    private Overlay overlay;
    private String overlaySheet;
    private List<List<String>> overlayMargin = List.of();
    private int focused = -1;

    /**
     * Marks drawn instead of the analysis colours (the coding view): the marks, the codebook that
     * colours the margin, and a style sheet (a data URI) with a rule per code colour.
     */
    public record Overlay(List<TextMark> marks, Codebook codebook, String styleSheet) {

        public Overlay {
            marks = List.copyOf(marks);
        }
    }

    public MemoTextArea(String id) {
        area.setId(id);
        area.getStyleClass().add("memo-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPadding(new Insets(6, 10, 6, 4));
        area.setParagraphGraphicFactory(this::margin);
        pane.getStyleClass().add("memo-text-pane");
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Node node() {
        return pane;
    }

    public String text() {
        return area.getText();
    }

    public void show(String memoText, List<SentenceAnalysis> memoSentences, Codebook frames) {
        this.text = memoText;
        this.sentences = List.copyOf(memoSentences);
        this.codebook = frames;
        this.paragraphFrames = framesByParagraph(memoText, memoSentences);
        this.overlayMargin = overlay == null ? List.of() : codesByParagraph(memoText, overlay.marks());
        area.replaceText(memoText);
        restyle(-1);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public void clear() {
        show("", List.of(), codebook);
    }

    /** Re-applies the styles with the evidence of sentence {@code focused} (or none) highlighted. */
    public void restyle(int focused) {
        this.focused = focused;
        if (!text.isEmpty()) {
            area.setStyleSpans(0, overlay != null ? MemoTextStyles.ofMarks(text.length(), overlay.marks())
                    : MemoTextStyles.of(text.length(), sentences, focused));
        }
    }

    /** Draws {@code marks} instead of the analysis, or the analysis again when null. */
    public void setOverlay(Overlay marks) {
        Overlay before = overlay;
        overlay = marks;
        String sheet = marks == null ? null : marks.styleSheet();
        if (!java.util.Objects.equals(sheet, overlaySheet)) {
            if (overlaySheet != null) {
                area.getStylesheets().remove(overlaySheet);
            }
            if (sheet != null) {
                area.getStylesheets().add(sheet);
            }
            overlaySheet = sheet;
        }
        restyle(focused);
        List<List<String>> margin = marks == null ? List.of() : codesByParagraph(text, marks.marks());
        boolean redraw = before == null || marks == null || !margin.equals(overlayMargin);
        overlayMargin = margin;
        if (redraw) {
            // the margin is drawn per paragraph by a factory: setting it again redraws every mark
            area.setParagraphGraphicFactory(null);
            area.setParagraphGraphicFactory(this::margin);
        }
    }

    public boolean hasOverlay() {
        return overlay != null;
    }

    /** Puts the caret at an offset, without selecting, and scrolls it into view. */
    public void moveTo(int offset) {
        area.moveTo(offset);
        area.requestFollowCaret();
    }

    /** Selects a range and scrolls it into view; the caret stays at its start, inside the range. */
    public void reveal(int start, int end) {
        area.selectRange(end, start);
        area.requestFollowCaret();
    }

    /** The frame marks of one paragraph: a fixed-width gutter so the text lines up. */
    private Node margin(int paragraph) {
        HBox box = new HBox(2);
        box.getStyleClass().add("frame-margin");
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(46);
        box.setAlignment(Pos.TOP_RIGHT);
        box.setPadding(new Insets(4, 6, 0, 0));
        List<List<String>> marks = overlay == null ? paragraphFrames : overlayMargin;
        Codebook colours = overlay == null ? codebook : overlay.codebook();
        if (paragraph < marks.size()) {
            for (String code : marks.get(paragraph)) {
                Code c = colours.find(code).orElse(null);
                javafx.scene.shape.Shape dot = overlay == null ? new Circle(4, colour(c))
                        : new javafx.scene.shape.Rectangle(4, 14, colour(c));
                Label mark = new Label(null, dot);
                mark.getStyleClass().add("frame-mark");
                Tooltip.install(mark, new Tooltip(c == null ? code : c.name()));
                box.getChildren().add(mark);
            }
        }
        return box;
    }

    private static Color colour(Code c) {
        try {
            return c == null ? Color.GRAY : Color.web(c.colour());
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    /** For each paragraph (line) of the text, the distinct codes of the marks that touch it, at most six. */
    static List<List<String>> codesByParagraph(String text, List<TextMark> marks) {
        List<List<String>> result = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int newline = text.indexOf('\n', from);
            int to = newline < 0 ? text.length() : newline;
            Map<String, Boolean> codes = new LinkedHashMap<>();
            for (TextMark m : marks) {
                if (m.code() != null && m.start() < to && from < m.end()) {
                    codes.put(m.code(), true);
                }
            }
            result.add(codes.keySet().stream().limit(6).toList());
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        return result;
    }

    /** For each paragraph (line) of the text, the distinct frames of the sentences starting in it, at most four. */
    static List<List<String>> framesByParagraph(String text, List<SentenceAnalysis> sentences) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        List<List<String>> result = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : text.length() + 1;
            Map<String, Boolean> codes = new LinkedHashMap<>();
            for (SentenceAnalysis s : sentences) {
                if (s.start() >= from && s.start() < to) {
                    s.frames().stream().map(FrameHit::code).forEach(c -> codes.put(c, true));
                }
            }
            result.add(codes.keySet().stream().limit(4).toList());
        }
        return result;
    }
}
