package org.memolens.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.FrameHit;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoAnalysis;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.research.AgreementReport;
import org.memolens.research.MemoUnits;
import org.memolens.research.Rater;
import org.memolens.research.SentenceAgreement;
import org.memolens.store.AnalysisRepository;
import org.memolens.store.CodingRepository;
import org.memolens.store.MemoRepository;

/**
 * Use case: inter-coder agreement, and coder-versus-machine agreement, at sentence level (see
 * {@link SentenceAgreement} for how spans become sentence units). The machine's codes are the
 * frames of each memo's newest analysis run.
 *
 * <p>Thread-safe; reads the database and may run the sentence detector, so a UI calls it off the UI thread.
 */
public final class ComputeAgreement {

    /** The machine as a rater's name in reports. */
    public static final String MACHINE = "machine";

    /**
     * What to compare.
     *
     * @param coders  coder names, at least two, or one with {@code machine}
     * @param memoIds the memos; empty for every memo any of the coders coded
     * @param codes   the codes; empty for every code any rater used in those memos
     * @param machine whether the machine's frames take part as a rater
     */
    public record Request(List<String> coders, List<Long> memoIds, List<String> codes, boolean machine) {

        public Request {
            coders = List.copyOf(coders);
            memoIds = List.copyOf(memoIds);
            codes = List.copyOf(codes);
        }
    }

    private final MemoRepository memos;
    private final CodingRepository codings;
    private final AnalysisRepository analyses;
    private final ManageCoders coders;
    private final ManageCodebook codebook;
    private final MemoSentences sentences;

    ComputeAgreement(MemoRepository memos, CodingRepository codings, AnalysisRepository analyses, ManageCoders coders,
            ManageCodebook codebook, MemoSentences sentences) {
        this.memos = memos;
        this.codings = codings;
        this.analyses = analyses;
        this.coders = coders;
        this.codebook = codebook;
        this.sentences = sentences;
    }

    public AgreementReport compute(Request request, Progress progress) {
        List<Coder> chosen = coders.require(new ArrayList<>(new LinkedHashSet<>(request.coders())));
        if (chosen.size() + (request.machine() ? 1 : 0) < 2) {
            throw new InvalidInputException("Agreement needs two raters: name two coders, or one coder and the machine.");
        }
        List<Long> coderIds = chosen.stream().map(Coder::id).toList();
        Set<Long> memoIds = new TreeSet<>(request.memoIds());
        if (memoIds.isEmpty()) {
            coderIds.forEach(id -> memoIds.addAll(codings.memosCodedBy(id)));
        }
        if (memoIds.isEmpty()) {
            throw new InvalidInputException("None of these coders has coded a memo yet.");
        }
        List<Coding> all = codings.find(coderIds, memoIds, List.of());
        List<MemoUnits> units = new ArrayList<>();
        List<Rater.CodedSpan> machineSpans = new ArrayList<>();
        Set<Long> analysed = new TreeSet<>();
        int done = 0;
        for (long id : memoIds) {
            if (progress.isCancelled()) {
                throw new InvalidInputException("Agreement was cancelled.");
            }
            progress.update(done++, memoIds.size(), "Reading memo " + id);
            Memo memo = memos.find(id).orElseThrow(() -> new InvalidInputException("There is no memo " + id + "."));
            units.add(new MemoUnits(id, memo.title(), memo.text(), sentences.of(memo)));
            if (request.machine()) {
                analyses.latest(id).filter(MemoAnalysis::analysed).ifPresent(a -> {
                    analysed.add(id);
                    for (SentenceAnalysis s : a.sentences()) {
                        for (FrameHit hit : s.frames()) {
                            machineSpans.add(new Rater.CodedSpan(id, hit.code(), s.span()));
                        }
                    }
                });
            }
        }
        List<Rater> raters = new ArrayList<>();
        for (Coder coder : chosen) {
            Set<Long> coded = new TreeSet<>(codings.memosCodedBy(coder.id()));
            coded.retainAll(memoIds);
            List<Rater.CodedSpan> spans = all.stream().filter(c -> c.coderId() == coder.id())
                    .map(c -> new Rater.CodedSpan(c.memoId(), c.code(), c.span())).toList();
            raters.add(new Rater(coder.name(), coded, spans));
        }
        if (request.machine()) {
            raters.add(new Rater(MACHINE, analysed, machineSpans));
        }
        List<String> codes = codes(request, all, machineSpans);
        progress.update(memoIds.size(), memoIds.size(), "Computing agreement");
        return SentenceAgreement.compute(units, raters, codes);
    }

    private List<String> codes(Request request, List<Coding> all, List<Rater.CodedSpan> machine) {
        Codebook current = codebook.current();
        if (!request.codes().isEmpty()) {
            request.codes().forEach(c -> ManageCodebook.require(current, c));
            return request.codes();
        }
        Set<String> used = new TreeSet<>();
        all.forEach(c -> used.add(c.code()));
        machine.forEach(s -> used.add(s.code()));
        List<String> codes = new ArrayList<>();
        for (Code c : current.codes()) {
            if (used.contains(c.code())) {
                codes.add(c.code());
            }
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException("No codes to compare: the codebook is empty or nobody used a code.");
        }
        return codes;
    }
}
