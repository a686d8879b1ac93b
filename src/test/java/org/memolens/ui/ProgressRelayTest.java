package org.memolens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.Test;

import org.memolens.app.Progress;

class ProgressRelayTest {

    @Test
    void aThousandUpdatesMakeOneHopToTheFxThreadWithTheLatestValue() {
        Deque<Runnable> fxQueue = new ArrayDeque<>();
        ProgressRelay relay = new ProgressRelay(fxQueue::add);
        relay.start("Computing");
        assertEquals(-1, relay.progressProperty().get());
        Progress p = relay.wrap(Progress.NONE);
        for (int i = 1; i <= 1000; i++) {
            p.update(i, 4000, "memo " + i);
        }
        assertEquals(1, fxQueue.size());
        fxQueue.poll().run();
        assertEquals(0.25, relay.progressProperty().get());
        assertEquals("memo 1000", relay.messageProperty().get());
        p.update(2000, 4000, null);
        fxQueue.poll().run();
        assertEquals(0.5, relay.progressProperty().get());
        assertEquals("memo 1000", relay.messageProperty().get(), "no message keeps the last one");
    }
}
