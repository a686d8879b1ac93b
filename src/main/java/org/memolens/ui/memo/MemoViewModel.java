package org.memolens.ui.memo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.AnalyzeMemos;
import org.memolens.app.BrowseLibrary;
import org.memolens.app.MemoDetails;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Codebook;
import org.memolens.domain.DeviceType;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.ModelChoice;
import org.memolens.domain.TextSpan;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.domain.ToneLabel;
import org.memolens.research.Readability;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * The memo on show: its title line, a notice when it could not be analysed, its sentences with
 * their results, the sentence in focus and its evidence, memo-level figures for the charts, and
 * jumping to the next negative, harm or sugar-coated sentence. A memo without a stored analysis is
 * analysed when first shown.
 *
 * <p>Use on the FX thread.
 */
public final class MemoViewModel {

    /** A labelled memo-level figure, e.g. "Mean tone" / "+0.12". */
    public record Figure(String label, String value) {
    }

    /** A frame's share of sentences, with its name and colour from the codebook. */
    public record FrameShare(String code, String name, String colour, double share) {
    }

    private final BrowseLibrary browse;
    private final AnalyzeMemos analyzeMemos;
    private final Supplier<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(Messages.get("memo.none"));
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<SentenceRow> sentences = FXCollections.observableArrayList();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<MemoMetrics.ArcPoint> toneArc = FXCollections.observableArrayList();
    private final ObservableList<FrameShare> frameShares = FXCollections.observableArrayList();
    private final ObservableList<Figure> deviceCounts = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<LoadedMemo> loaded = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final IntegerProperty hoveredIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<SentenceEvidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextSpan> reveal = new ReadOnlyObjectWrapper<>();
    /** Guards against a slow load for an earlier selection overwriting a later one. */
    private long requested = -1;
    private TextSpan pendingReveal;

    public MemoViewModel(BrowseLibrary browse, AnalyzeMemos analyzeMemos, Supplier<Codebook> codebook, TaskRunner tasks,
            ErrorReporter errors) {
        this.browse = browse;
        this.analyzeMemos = analyzeMemos;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
        selectedIndex.addListener((obs, o, n) -> updateEvidence());
        hoveredIndex.addListener((obs, o, n) -> updateEvidence());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A short message after a jump, e.g. "No further sugar-coated sentence". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<SentenceRow> sentences() {
        return sentences;
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public ObservableList<MemoMetrics.ArcPoint> toneArc() {
        return toneArc;
    }

    public ObservableList<FrameShare> frameShares() {
        return frameShares;
    }

    public ObservableList<Figure> deviceCounts() {
        return deviceCounts;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The memo on show with its analysis, or null. */
    public ReadOnlyObjectProperty<LoadedMemo> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Index of the sentence in focus (0-based), or -1. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Index of the sentence under the mouse, or -1; its evidence shows while it is hovered. */
    public IntegerProperty hoveredIndexProperty() {
        return hoveredIndex;
    }

    /** The evidence of the hovered sentence, else of the selected one, else null. */
    public ReadOnlyObjectProperty<SentenceEvidence> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    public Codebook codebook() {
        return codebook.get();
    }

    /** A span of the memo on show that the text should select and scroll to (set by {@link #showAt}). */
    public ReadOnlyObjectProperty<TextSpan> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Shows the memo (loading it if another is on show) and then selects {@code span} in its text. */
    public void showAt(long memoId, TextSpan span) {
        LoadedMemo m = loaded.get();
        if (m != null && m.memo().id() == memoId && requested == memoId) {
            revealNow(span);
        } else {
            pendingReveal = span;
            show(memoId);
        }
    }

    private void revealNow(TextSpan span) {
        selectAt(span.start());
        reveal.set(null);
        reveal.set(span);
    }

    public void clear() {
        requested = -1;
        title.set(Messages.get("memo.none"));
        details.set("");
        notice.set("");
        status.set("");
        selectedIndex.set(-1);
        hoveredIndex.set(-1);
        sentences.clear();
        figures.clear();
        toneArc.clear();
        frameShares.clear();
        deviceCounts.clear();
        loaded.set(null);
    }

    /** Loads the memo (analysing it first if it never was) and shows it. */
    public void show(long memoId) {
        requested = memoId;
        loading.set(true);
        tasks.run(Messages.get("task.open"), progress -> load(memoId), result -> {
            if (requested != memoId) {
                return;
            }
            loading.set(false);
            display(result.memo(), result.analysis());
        }, error -> {
            loading.set(false);
            errors.report(Messages.get("error.title"), UserMessages.describe(error));
        });
    }

    private LoadedMemo load(long memoId) {
        MemoDetails found = browse.open(memoId).orElseThrow(
                () -> new IllegalStateException("memo " + memoId + " vanished from the database"));
        MemoAnalysis analysis = found.analysis().orElseGet(() -> analyzeMemos.analyze(found.memo()));
        return LoadedMemo.of(found.memo(), analysis);
    }

    /** Shows an analysed memo. */
    public void display(Memo memo, MemoAnalysis analysis) {
        LoadedMemo memoShown = LoadedMemo.of(memo, analysis);
        requested = memo.id();
        title.set(memo.title());
        List<String> parts = new ArrayList<>();
        if (memo.metadata().author() != null) {
            parts.add(memo.metadata().author());
        }
        if (memo.metadata().date() != null) {
            parts.add(memo.metadata().date().toString());
        }
        parts.add(Messages.get("memo.words", memo.wordCount()));
        parts.add(Messages.get("memo.sentences", analysis.sentences().size()));
        String frameModel = analysis.run().components().get(ModelChoice.COMPONENT);
        if (frameModel != null) {
            parts.add(Messages.get("memo.frameModel", frameModel));
        }
        details.set(String.join("  ·  ", parts));
        notice.set(analysis.analysed() ? "" : Messages.get("memo.notEnglish", analysis.language().code()));
        status.set("");
        selectedIndex.set(-1);
        hoveredIndex.set(-1);
        sentences.setAll(analysis.sentences().stream().map(s -> SentenceRow.of(memo.text(), s)).toList());
        showFigures(memoShown);
        loaded.set(memoShown);
        updateEvidence();
        if (pendingReveal != null) {
            TextSpan span = pendingReveal;
            pendingReveal = null;
            if (span.end() <= memo.text().length()) {
                revealNow(span);
            }
        }
    }

    private void showFigures(LoadedMemo m) {
        MemoMetrics metrics = m.metrics();
        List<Figure> list = new ArrayList<>();
        list.add(new Figure(Messages.get("figure.words"), String.valueOf(m.memo().wordCount())));
        list.add(new Figure(Messages.get("figure.sentences"), String.valueOf(metrics.sentences())));
        if (metrics.sentences() > 0) {
            list.add(new Figure(Messages.get("figure.grade"), String.format(Locale.ROOT, "%.1f",
                    Readability.fleschKincaidGrade(m.memo().text(), metrics.sentences()))));
        }
        if (m.hasTone()) {
            list.add(new Figure(Messages.get("figure.meanTone"), String.format(Locale.ROOT, "%+.2f", metrics.meanTone())));
            for (ToneLabel label : ToneLabel.values()) {
                list.add(new Figure(Messages.get("figure.toneShare", label.code()), String.format(Locale.ROOT, "%.0f%%",
                        metrics.toneShares().getOrDefault(label, 0.0) * 100)));
            }
        }
        if (m.hasFraming()) {
            list.add(new Figure(Messages.get("figure.harm"), String.valueOf(metrics.harmSentences())));
            list.add(new Figure(Messages.get("figure.gap"), String.valueOf(metrics.gapSentences())));
            list.add(new Figure(Messages.get("figure.gapIndex"), metrics.harmSentences() == 0 ? "–"
                    : String.format(Locale.ROOT, "%.0f%%", metrics.gapIndex() * 100)));
        }
        if (m.analysis().sentences().stream().anyMatch(s -> s.pronouns() != null)) {
            list.add(new Figure(Messages.get("figure.pronouns"), Messages.get("figure.pronouns.value",
                    metrics.pronouns().i(), metrics.pronouns().we(), metrics.pronouns().you())));
        }
        figures.setAll(list);
        toneArc.setAll(metrics.toneArc());
        Codebook book = codebook.get();
        List<FrameShare> shares = new ArrayList<>();
        for (Map.Entry<String, Double> e : metrics.frameShares().entrySet()) {
            var code = book.find(e.getKey());
            shares.add(new FrameShare(e.getKey(), code.map(c -> c.name()).orElse(e.getKey()),
                    code.map(c -> c.colour()).orElse("#888888"), e.getValue()));
        }
        shares.sort((a, b) -> Double.compare(b.share(), a.share()));
        frameShares.setAll(shares);
        List<Figure> devices = new ArrayList<>();
        if (m.hasFraming()) {
            for (DeviceType type : DeviceType.values()) {
                devices.add(new Figure(Messages.get("device." + type.name()),
                        String.valueOf(metrics.deviceCounts().getOrDefault(type, 0))));
            }
        }
        deviceCounts.setAll(devices);
    }

    /** Puts the sentence that holds character {@code offset} in focus (a click or caret move). */
    public void selectAt(int offset) {
        selectedIndex.set(indexAt(offset));
    }

    /** The sentence under the mouse, by character offset; -1 clears. */
    public void hoverAt(int offset) {
        hoveredIndex.set(offset < 0 ? -1 : indexAt(offset));
    }

    /** Index of the sentence holding {@code offset}, or -1 between sentences. */
    public int indexAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            SentenceRow r = sentences.get(i);
            if (offset >= r.start() && offset < r.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the focus to the next (or previous) sentence of the kind; says so if there is none. */
    public boolean jump(Jump kind, boolean forward) {
        int n = sentences.size();
        int from = selectedIndex.get();
        for (int step = 1; step <= n; step++) {
            int i = forward ? from + step : from - step;
            if (i < 0 || i >= n) {
                break;
            }
            if (kind.matches(sentences.get(i))) {
                status.set("");
                selectedIndex.set(i);
                return true;
            }
        }
        boolean any = sentences.stream().anyMatch(kind::matches);
        status.set(Messages.get(any ? "jump.noMore." + kind.name() : "jump.none." + kind.name()));
        return false;
    }

    private void updateEvidence() {
        LoadedMemo m = loaded.get();
        int i = hoveredIndex.get() >= 0 ? hoveredIndex.get() : selectedIndex.get();
        if (m == null || i < 0 || i >= m.analysis().sentences().size()) {
            evidence.set(null);
            return;
        }
        SentenceAnalysis s = m.analysis().sentences().get(i);
        evidence.set(SentenceEvidence.of(m.memo().text(), s, codebook.get()));
    }
}
