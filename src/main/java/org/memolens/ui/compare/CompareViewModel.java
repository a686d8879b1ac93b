package org.memolens.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.app.CompareMemos;
import org.memolens.app.TaskRunner;
import org.memolens.domain.Codebook;
import org.memolens.research.Comparison;
import org.memolens.research.MetricRow;
import org.memolens.research.WordCounts;
import org.memolens.ui.ErrorReporter;
import org.memolens.ui.Messages;
import org.memolens.ui.UserMessages;

/**
 * Two or more memos side by side: the comparison on show, its figure rows, and finding a
 * distinctive word in a memo's text (each click moves to the next occurrence).
 *
 * <p>Use on the FX thread.
 */
public final class CompareViewModel {

    /** Where a word was found: which memo (its index in the comparison) and the span. */
    public record Found(int memo, String word, int start, int end, int occurrence, int occurrences) {
    }

    private final CompareMemos compareMemos;
    private final Supplier<Codebook> codebook;
    private final TaskRunner tasks;
    private final ErrorReporter errors;

    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Map<String, Integer> nextOccurrence = new HashMap<>();

    public CompareViewModel(CompareMemos compareMemos, Supplier<Codebook> codebook, TaskRunner tasks, ErrorReporter errors) {
        this.compareMemos = compareMemos;
        this.codebook = codebook;
        this.tasks = tasks;
        this.errors = errors;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<MetricRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Found> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public Codebook codebook() {
        return codebook.get();
    }

    /** Compares the memos (the first is the reference); says what to do when fewer than two are given. */
    public boolean compare(List<Long> memoIds) {
        if (memoIds.size() < 2) {
            errors.report(Messages.get("compare.needTwo.title"), Messages.get("compare.needTwo"));
            return false;
        }
        loading.set(true);
        status.set(Messages.get("task.compare", memoIds.size()));
        tasks.run(Messages.get("task.compare", memoIds.size()), progress -> compareMemos.compare(memoIds, progress),
                this::show, error -> {
                    loading.set(false);
                    status.set("");
                    errors.report(Messages.get("error.title"), UserMessages.describe(error));
                });
        return true;
    }

    /** Shows a finished comparison. */
    public void show(Comparison c) {
        loading.set(false);
        status.set("");
        nextOccurrence.clear();
        found.set(null);
        rows.setAll(c.rows());
        comparison.set(c);
    }

    /** Finds the next occurrence of {@code word} in memo {@code memo}'s text, wrapping round. */
    public void find(int memo, String word) {
        Comparison c = comparison.get();
        if (c == null || memo < 0 || memo >= c.memos().size()) {
            return;
        }
        List<Integer> starts = WordCounts.occurrences(c.memos().get(memo).memo().text(), word);
        if (starts.isEmpty()) {
            status.set(Messages.get("compare.notFound", word));
            return;
        }
        String key = memo + "\u0000" + word;
        int k = nextOccurrence.getOrDefault(key, 0) % starts.size();
        nextOccurrence.put(key, k + 1);
        int start = starts.get(k);
        found.set(new Found(memo, word, start, start + word.length(), k + 1, starts.size()));
        status.set(Messages.get("compare.found", word, k + 1, starts.size()));
    }
}
