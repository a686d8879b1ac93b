package org.memolens.ui.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import org.memolens.app.CodingSession;
import org.memolens.app.FrameSuggestions;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Code;
import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.TextSpan;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;
import org.memolens.ui.codebook.CodeRow;
import org.memolens.ui.memo.LoadedMemo;
import org.memolens.ui.memo.TextMark;

/**
 * Coding the memo on show: its codings (all coders', or the coders chosen to be shown), the text
 * selected for coding, the numbered codes to pick from, the machine's frames as suggestions for
 * the active coder with one in focus, and the marks that draw all of it in the memo text.
 *
 * <p>Every action goes through the {@link CodingSession}, so it can be undone; the session calls
 * its listeners on the worker thread that changed it, and this model then reloads the memo's
 * codings through the FX thread executor. Use on the FX thread.
 */
public final class CodingViewModel {

    private final CodingSession session;
    private final FrameSuggestions frameSuggestions;
    private final CodersViewModel coders;
    private final ReadOnlyObjectProperty<Codebook> codebook;
    private final ReadOnlyObjectProperty<LoadedMemo> memo;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Runnable performed;

    private final ObservableList<CodeRow> codes = FXCollections.observableArrayList();
    private final ObservableList<CodingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final BooleanProperty showAllCoders = new SimpleBooleanProperty(true);
    private final ObservableSet<Long> shownCoders = FXCollections.observableSet();
    private final BooleanProperty showSuggestions = new SimpleBooleanProperty(true);
    private final IntegerProperty currentSuggestion = new SimpleIntegerProperty(-1);
    private final ObjectProperty<TextSpan> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<CodingRow> selectedCoding = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<TextMark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper styleSheet = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<TextSpan> reveal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private List<Coding> codings = List.of();
    private long generation;

    /**
     * @param fxThread  runs a task on the FX thread ({@code Platform::runLater}; inline in tests)
     * @param performed told after every coding action this model performs (Edit > Undo then reverts it)
     */
    public CodingViewModel(CodingSession session, FrameSuggestions frameSuggestions, CodersViewModel coders,
            ReadOnlyObjectProperty<Codebook> codebook, ReadOnlyObjectProperty<LoadedMemo> memo, TaskRunner tasks,
            Executor fxThread, ErrorReporter errors, Runnable performed) {
        this.session = session;
        this.frameSuggestions = frameSuggestions;
        this.coders = coders;
        this.codebook = codebook;
        this.memo = memo;
        this.tasks = tasks;
        this.errors = errors;
        this.performed = performed;
        session.addListener(() -> fxThread.execute(this::reload));
        memo.addListener((obs, o, n) -> {
            codings = List.of();
            suggestions.clear();
            currentSuggestion.set(-1);
            selection.set(null);
            selectedCoding.set(null);
            status.set("");
            updateRows();
            reload();
        });
        codebook.addListener((obs, o, n) -> {
            codes.setAll(n == null ? List.of() : CodeRow.of(n, Map.of()));
            styleSheet.set(n == null ? null : CodingMarks.styleSheet(n));
            updateRows();
            reload();
        });
        coders.activeProperty().addListener((obs, o, n) -> {
            if (o == null || n == null || o.id() != n.id()) {
                currentSuggestion.set(-1);
                reload();
            }
        });
        coders.coders().addListener((javafx.collections.ListChangeListener<Coder>) c -> updateRows());
        showAllCoders.addListener((obs, o, n) -> updateRows());
        shownCoders.addListener((SetChangeListener<Long>) c -> updateRows());
        showSuggestions.addListener((obs, o, n) -> updateMarks());
        currentSuggestion.addListener((obs, o, n) -> updateMarks());
        selectedCoding.addListener((obs, o, n) -> updateMarks());
    }

    /** The codebook in tree order, the first nine numbered for the keys 1 to 9. */
    public ObservableList<CodeRow> codes() {
        return codes;
    }

    /** The codings shown: of every coder, or of the coders chosen, by start offset. */
    public ObservableList<CodingRow> codings() {
        return rows;
    }

    /** The machine's frames the active coder has neither coded nor rejected, in text order. */
    public ObservableList<SuggestionRow> suggestions() {
        return suggestions;
    }

    public BooleanProperty showAllCodersProperty() {
        return showAllCoders;
    }

    /** The coders whose codings are shown when not all are. */
    public ObservableSet<Long> shownCoders() {
        return shownCoders;
    }

    public BooleanProperty showSuggestionsProperty() {
        return showSuggestions;
    }

    /** Index of the suggestion in focus (what A and R act on), or -1. */
    public IntegerProperty currentSuggestionProperty() {
        return currentSuggestion;
    }

    /** The text selected in the memo, [start, end) UTF-16 offsets, or null. */
    public ObjectProperty<TextSpan> selectionProperty() {
        return selection;
    }

    public ObjectProperty<CodingRow> selectedCodingProperty() {
        return selectedCoding;
    }

    /** What to draw in the memo text. */
    public ReadOnlyObjectProperty<List<TextMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** The colours of the codes, as a style sheet data URI; null before the codebook loads. */
    public ReadOnlyStringProperty styleSheetProperty() {
        return styleSheet.getReadOnlyProperty();
    }

    /** A span the memo text should scroll to and select (a coding or suggestion chosen in the panel). */
    public ReadOnlyObjectProperty<TextSpan> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Codebook codebook() {
        return codebook.get();
    }

    /** True while the project has no active coder: the view asks for a name before coding. */
    public boolean needsCoder() {
        return coders.activeProperty().get() == null;
    }

    /** True if text of a memo is selected; otherwise says to select some first. */
    public boolean checkSelection() {
        TextSpan span = selection.get();
        if (memo.get() == null || span == null || span.length() == 0) {
            status.set(Messages.get("coding.selectFirst"));
            return false;
        }
        return true;
    }

    /** Codes the selected text with {@code code} as the active coder, with an optional note. */
    public void code(String code, String note) {
        if (!checkSelection()) {
            return;
        }
        TextSpan span = selection.get();
        long memoId = memo.get().memo().id();
        act(() -> session.add(memoId, code, span, note), c -> Messages.get("coding.coded", shortQuote(c.quote()), name(code)));
    }

    /** Codes the selected text with the code numbered {@code number} (1 to 9). */
    public void codeNumber(int number) {
        codes.stream().filter(r -> r.number() == number).findFirst().ifPresentOrElse(r -> code(r.id(), ""),
                () -> status.set(Messages.get("coding.noNumber", number)));
    }

    public void editNote(CodingRow row, String note) {
        act(() -> session.editNote(row.id(), note), c -> Messages.get("coding.noteSaved", shortQuote(c.quote())));
    }

    /** Moves or resizes a coding to the selected text. */
    public void resizeToSelection(CodingRow row) {
        TextSpan span = selection.get();
        if (span == null || span.length() == 0) {
            status.set(Messages.get("coding.selectFirst"));
            return;
        }
        act(() -> session.moveSpan(row.id(), span), c -> Messages.get("coding.resized", shortQuote(c.quote())));
    }

    public void remove(CodingRow row) {
        act(() -> {
            session.remove(row.id());
            return row.coding();
        }, c -> Messages.get("coding.removed", row.codeName(), shortQuote(c.quote())));
    }

    /** Puts a coding in focus and shows it in the text. */
    public void select(CodingRow row) {
        selectedCoding.set(row);
        if (row != null) {
            revealSpan(row.coding().span());
        }
    }

    /** Puts suggestion {@code index} in focus and shows its sentence. */
    public void selectSuggestion(int index) {
        if (index >= 0 && index < suggestions.size()) {
            currentSuggestion.set(index);
            revealSpan(suggestions.get(index).suggestion().span());
            status.set(Messages.get("suggestion.focus", index + 1, suggestions.size(), suggestions.get(index).codeName()));
        }
    }

    public void nextSuggestion() {
        moveSuggestion(1);
    }

    public void previousSuggestion() {
        moveSuggestion(-1);
    }

    /** Accepts the suggestion in focus: the whole sentence is coded with it by the active coder. */
    public void acceptSuggestion() {
        current().ifPresent(s -> act(() -> session.accept(s.suggestion()),
                c -> Messages.get("suggestion.accepted", s.codeName(), shortQuote(c.quote()))));
    }

    /** Rejects the suggestion in focus for the active coder; it is not offered to them again. */
    public void rejectSuggestion() {
        current().ifPresent(s -> act(() -> {
            session.reject(s.suggestion());
            return null;
        }, none -> Messages.get("suggestion.rejected", s.codeName())));
    }

    /** Loads the memo's codings and the active coder's suggestions again. */
    public void reload() {
        LoadedMemo m = memo.get();
        long request = ++generation;
        if (m == null) {
            codings = List.of();
            suggestions.clear();
            updateRows();
            return;
        }
        Coder active = coders.activeProperty().get();
        tasks.run(Messages.get("task.codings"), progress -> new Loaded(session.codings(m.memo().id()),
                active == null ? List.of() : frameSuggestions.forAnalysis(m.analysis(), active.id())), loaded -> {
                    if (request != generation) {
                        return;
                    }
                    codings = loaded.codings();
                    showSuggestions(m, loaded.suggestions());
                    updateRows();
                }, error -> errors.report(Messages.get("error.coding.title"), UserMessages.describe(error)));
    }

    private record Loaded(List<Coding> codings, List<CodeSuggestion> suggestions) {
    }

    @FunctionalInterface
    private interface Action<T> {
        T run();
    }

    private <T> void act(Action<T> action, java.util.function.Function<T, String> done) {
        tasks.run(Messages.get("task.coding"), progress -> Optional.ofNullable(action.run()), result -> {
            status.set(done.apply(result.orElse(null)));
            performed.run();
        }, error -> {
            status.set("");
            errors.report(Messages.get("error.coding.title"), UserMessages.describe(error));
        });
    }

    private Optional<SuggestionRow> current() {
        int i = currentSuggestion.get();
        if (!showSuggestions.get() || i < 0 || i >= suggestions.size()) {
            status.set(Messages.get(suggestions.isEmpty() ? "suggestion.none" : "suggestion.pickFirst"));
            return Optional.empty();
        }
        return Optional.of(suggestions.get(i));
    }

    private void moveSuggestion(int step) {
        if (suggestions.isEmpty()) {
            status.set(Messages.get("suggestion.none"));
            return;
        }
        int i = currentSuggestion.get() + step;
        if (currentSuggestion.get() < 0 && step < 0) {
            i = suggestions.size() - 1;
        }
        if (i < 0 || i >= suggestions.size()) {
            status.set(Messages.get("suggestion.noMore"));
            return;
        }
        selectSuggestion(i);
    }

    /** Keeps the focus on the same position, so after accepting or rejecting the next one is in focus. */
    private void showSuggestions(LoadedMemo m, List<CodeSuggestion> found) {
        Codebook book = codebook.get();
        suggestions.setAll(found.stream().map(s -> new SuggestionRow(s, name(s.code()), colour(book, s.code()),
                s.span().of(m.memo().text()))).toList());
        int i = currentSuggestion.get();
        if (i >= suggestions.size()) {
            currentSuggestion.set(suggestions.size() - 1);
        } else if (i >= 0) {
            revealSpan(suggestions.get(i).suggestion().span());
        }
        updateMarks();
    }

    private void updateRows() {
        Codebook book = codebook.get();
        List<CodingRow> shown = codings.stream()
                .filter(c -> showAllCoders.get() || shownCoders.contains(c.coderId()))
                .map(c -> new CodingRow(c, name(c.code()), colour(book, c.code()),
                        coders.name(c.coderId()).orElse("#" + c.coderId())))
                .toList();
        CodingRow selected = selectedCoding.get();
        rows.setAll(shown);
        selectedCoding.set(selected == null ? null : shown.stream().filter(r -> r.id() == selected.id()).findFirst().orElse(null));
        updateMarks();
    }

    private void updateMarks() {
        CodingRow selected = selectedCoding.get();
        marks.set(CodingMarks.of(rows, selected == null ? -1 : selected.id(),
                showSuggestions.get() ? suggestions : List.of(), currentSuggestion.get()));
    }

    private void revealSpan(TextSpan span) {
        reveal.set(null);
        reveal.set(span);
    }

    private String name(String code) {
        Codebook book = codebook.get();
        return book == null ? code : book.find(code).map(Code::name).orElse(code);
    }

    private static String colour(Codebook book, String code) {
        return book == null ? "#888888" : book.find(code).map(Code::colour).orElse("#888888");
    }

    private static String shortQuote(String quote) {
        String q = quote == null ? "" : quote.replaceAll("\\s+", " ").strip();
        return q.length() <= 40 ? q : q.substring(0, 39) + "…";
    }
}
