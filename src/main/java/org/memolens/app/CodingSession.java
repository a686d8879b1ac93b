package org.memolens.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memolens.domain.CodeSuggestion;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.Quotes;
import org.memolens.domain.TextSpan;
import org.memolens.store.CodingRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: coding memos (the annotate mode of the memo view). Every action — add, edit note,
 * move or resize, remove, accept or reject a machine suggestion — is stored at once and can be
 * undone and redone ({@link #undo}, {@link #redo}); a view binds its menu items to
 * {@link #canUndo}, {@link #nextUndo} and a listener ({@link #addListener}).
 *
 * <p>Spans are [start, end) UTF-16 offsets into the memo text, as a text control reports a
 * selection. Thread-safe; every action does SQL, so a UI runs it off the UI thread.
 */
public final class CodingSession {

    private final MemoRepository memos;
    private final CodingRepository codings;
    private final ManageCoders coders;
    private final ManageCodebook codebook;
    private final Clock clock;
    private final UndoStack history = new UndoStack();

    public CodingSession(MemoRepository memos, CodingRepository codings, ManageCoders coders, ManageCodebook codebook,
            Clock clock) {
        this.memos = memos;
        this.codings = codings;
        this.coders = coders;
        this.codebook = codebook;
        this.clock = clock;
    }

    /** Codes {@code span} of the memo with {@code code} as the active coder. */
    public Coding add(long memoId, String code, TextSpan span, String note) {
        return addAs(coders.requireActive().id(), memoId, code, span, note);
    }

    /** Codes {@code span} of the memo with {@code code} as coder {@code coderId}. */
    public Coding addAs(long coderId, long memoId, String code, TextSpan span, String note) {
        codebook.ensureCodebook();
        Instant now = clock.instant();
        Coding draft = new Coding(0, memoId, code, coderId, span, Quotes.of(memo(memoId).text(), span),
                note == null ? "" : note.strip(), now, now);
        AddCoding action = new AddCoding("code " + preview(draft.quote()) + " as " + code, draft);
        history.perform(action);
        return action.stored;
    }

    public Coding editNote(long codingId, String note) {
        Coding before = require(codingId);
        Coding after = before.withNote(note == null ? "" : note.strip(), clock.instant());
        history.perform(new UpdateCoding("edit the note on " + preview(before.quote()), before, after));
        return after;
    }

    /** Moves or resizes a coding to {@code span} of the same memo. */
    public Coding moveSpan(long codingId, TextSpan span) {
        Coding before = require(codingId);
        Coding after = before.withSpan(span, Quotes.of(memo(before.memoId()).text(), span), clock.instant());
        history.perform(new UpdateCoding("resize the coding of " + preview(before.quote()), before, after));
        return after;
    }

    public void remove(long codingId) {
        Coding coding = require(codingId);
        history.perform(new RemoveCoding("remove " + coding.code() + " from " + preview(coding.quote()), coding.id()));
    }

    /** Turns a machine suggestion into a coding of the whole sentence by the active coder. */
    public Coding accept(CodeSuggestion suggestion) {
        return acceptAs(coders.requireActive().id(), suggestion);
    }

    public Coding acceptAs(long coderId, CodeSuggestion suggestion) {
        Instant now = clock.instant();
        Coding draft = new Coding(0, suggestion.memoId(), suggestion.code(), coderId, suggestion.span(),
                Quotes.of(memo(suggestion.memoId()).text(), suggestion.span()), "", now, now);
        AddCoding action = new AddCoding("accept " + suggestion.code() + " for " + preview(draft.quote()), draft);
        history.perform(action);
        return action.stored;
    }

    /** Rejects a machine suggestion for the active coder; it will not be suggested to them again. */
    public void reject(CodeSuggestion suggestion) {
        rejectAs(coders.requireActive().id(), suggestion);
    }

    public void rejectAs(long coderId, CodeSuggestion suggestion) {
        history.perform(new UndoStack.Action() {
            @Override
            public String description() {
                return "reject " + suggestion.code();
            }

            @Override
            public void apply() {
                codings.reject(coderId, suggestion.code(), suggestion.memoId(), suggestion.span());
            }

            @Override
            public void revert() {
                codings.unreject(coderId, suggestion.code(), suggestion.memoId(), suggestion.span());
            }
        });
    }

    /** Every coding of a memo, all coders, by start offset. */
    public List<Coding> codings(long memoId) {
        return codings.forMemo(memoId);
    }

    /** The codings of a memo by some coders only (a view showing one coder, or several). */
    public List<Coding> codings(long memoId, List<Long> coderIds) {
        return codings.find(coderIds, List.of(memoId), List.of());
    }

    public Optional<String> undo() {
        return history.undo();
    }

    public Optional<String> redo() {
        return history.redo();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public Optional<String> nextUndo() {
        return history.nextUndo();
    }

    public Optional<String> nextRedo() {
        return history.nextRedo();
    }

    /** Called after every action, undo and redo, on the thread that did it. */
    public void addListener(Runnable listener) {
        history.addListener(listener);
    }

    public void removeListener(Runnable listener) {
        history.removeListener(listener);
    }

    private Memo memo(long memoId) {
        return memos.find(memoId).orElseThrow(() -> new InvalidInputException("There is no memo " + memoId + "."));
    }

    private Coding require(long codingId) {
        return codings.find(codingId).orElseThrow(() -> new InvalidInputException("The coding " + codingId
                + " no longer exists."));
    }

    private static String preview(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return "\u201c" + (q.length() <= 40 ? q : q.substring(0, 39) + "\u2026") + "\u201d";
    }

    /** Adds on first apply; later applies restore the same row (same id), so later actions still refer to it. */
    private final class AddCoding implements UndoStack.Action {
        private final String description;
        private final Coding draft;
        private Coding stored;

        AddCoding(String description, Coding draft) {
            this.description = description;
            this.draft = draft;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply() {
            if (stored == null) {
                stored = codings.add(draft);
            } else {
                codings.restore(stored);
            }
        }

        @Override
        public void revert() {
            codings.remove(stored.id());
        }
    }

    private final class RemoveCoding implements UndoStack.Action {
        private final String description;
        private final long id;
        private Coding removed;

        RemoveCoding(String description, long id) {
            this.description = description;
            this.id = id;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply() {
            removed = codings.remove(id);
        }

        @Override
        public void revert() {
            codings.restore(removed);
        }
    }

    private final class UpdateCoding implements UndoStack.Action {
        private final String description;
        private final Coding before;
        private final Coding after;

        UpdateCoding(String description, Coding before, Coding after) {
            this.description = description;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply() {
            codings.update(after);
        }

        @Override
        public void revert() {
            codings.update(before);
        }
    }
}
