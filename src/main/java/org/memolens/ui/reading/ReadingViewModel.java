package org.memolens.ui.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.memolens.domain.DeviceHit;
import org.memolens.domain.DeviceType;
import org.memolens.domain.ImpactLabel;
import org.memolens.domain.MemoMetrics;
import org.memolens.domain.SentenceAnalysis;
import org.memolens.ui.Messages;
import org.memolens.ui.memo.LoadedMemo;

/**
 * Reading mode for employees: what the memo means for staff, in plain words. The tone-impact gap in
 * one sentence; the sentences that mean harm for staff first, with every euphemism followed by its
 * plain meaning; the euphemisms and their glosses; the harm stated without anyone deciding it
 * ("who decided?"); then the whole memo with the glosses in place.
 *
 * <p>Use on the FX thread; follows the memo on show in the analysis view.
 */
public final class ReadingViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(Messages.get("reading.none"));
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper plainText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> harm = FXCollections.observableArrayList();
    private final ObservableList<String> euphemisms = FXCollections.observableArrayList();
    private final ObservableList<String> hiddenAgents = FXCollections.observableArrayList();

    public ReadingViewModel(ObservableValue<LoadedMemo> memo) {
        memo.addListener((obs, o, m) -> show(m));
        show(memo.getValue());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The tone-impact gap in one plain sentence. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Set when the analysis lacks the layers reading mode needs. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The whole memo with each euphemism's gloss and each "who decided?" in brackets after it. */
    public ReadOnlyStringProperty plainTextProperty() {
        return plainText.getReadOnlyProperty();
    }

    /** The sentences that mean harm for staff, in memo order, glossed. */
    public ObservableList<String> harm() {
        return harm;
    }

    /** "“role reductions” means: people will lose their jobs", once per distinct phrase. */
    public ObservableList<String> euphemisms() {
        return euphemisms;
    }

    /** Harm said without saying who decided it, each with its sentence. */
    public ObservableList<String> hiddenAgents() {
        return hiddenAgents;
    }

    private void show(LoadedMemo m) {
        harm.clear();
        euphemisms.clear();
        hiddenAgents.clear();
        if (m == null) {
            title.set("");
            headline.set(Messages.get("reading.none"));
            notice.set("");
            plainText.set("");
            return;
        }
        String text = m.memo().text();
        title.set(m.memo().title());
        notice.set(m.hasFraming() ? "" : Messages.get("reading.noFraming"));
        headline.set(headline(m));
        List<String> seen = new ArrayList<>();
        for (SentenceAnalysis s : m.analysis().sentences()) {
            if (s.impact() != null && s.impact().label() == ImpactLabel.HARM) {
                harm.add(glossed(text, s.start(), s.end(), s.devices()));
            }
            for (DeviceHit d : s.devices()) {
                if (d.type() == DeviceType.EUPHEMISM && d.gloss() != null && !seen.contains(d.text().toLowerCase())) {
                    seen.add(d.text().toLowerCase());
                    euphemisms.add(Messages.get("reading.euphemism", d.text(), d.gloss()));
                }
                if (d.type() == DeviceType.AGENTLESS_HARM) {
                    hiddenAgents.add(Messages.get("reading.agentless", d.text(), s.text(text).strip()));
                }
            }
        }
        List<DeviceHit> all = m.analysis().sentences().stream().flatMap(s -> s.devices().stream()).toList();
        plainText.set(glossed(text, 0, text.length(), all));
    }

    private static String headline(LoadedMemo m) {
        if (!m.hasFraming()) {
            return Messages.get("reading.headline.unknown");
        }
        MemoMetrics metrics = m.metrics();
        if (metrics.harmSentences() == 0) {
            return Messages.get("reading.headline.noHarm");
        }
        if (metrics.gapSentences() == 0) {
            return Messages.get("reading.headline.plain", metrics.harmSentences());
        }
        return Messages.get("reading.headline.gap", metrics.harmSentences(), metrics.gapSentences());
    }

    /** The text in [from, to) with "[means: gloss]" after each euphemism and "[who decided?]" after agentless harm. */
    static String glossed(String text, int from, int to, List<DeviceHit> devices) {
        StringBuilder sb = new StringBuilder();
        int at = from;
        List<DeviceHit> sorted = devices.stream().filter(d -> d.start() >= from && d.end() <= to)
                .filter(d -> d.type() == DeviceType.EUPHEMISM && d.gloss() != null || d.type() == DeviceType.AGENTLESS_HARM)
                .sorted(Comparator.comparingInt(DeviceHit::end)).toList();
        for (DeviceHit d : sorted) {
            if (d.end() < at) {
                continue;
            }
            sb.append(text, at, d.end());
            sb.append(d.type() == DeviceType.EUPHEMISM ? Messages.get("reading.means", d.gloss())
                    : Messages.get("reading.whoDecided"));
            at = d.end();
        }
        sb.append(text, at, to);
        return sb.toString().strip();
    }
}
