package org.memolens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ModelLoadingTest {

    @Test
    void aValueStartedInTheBackgroundIsReadOnceAndShared() {
        AtomicInteger reads = new AtomicInteger();
        ModelLoading.Background<Object> model = new ModelLoading.Background<>(() -> {
            reads.incrementAndGet();
            return new Object();
        });
        model.start();
        model.start();
        Object first = model.get();
        assertSame(first, model.get());
        assertEquals(1, reads.get());
    }

    @Test
    void withoutStartTheFirstGetReadsOnTheCallingThread() {
        ModelLoading.Background<String> model = new ModelLoading.Background<>(() -> Thread.currentThread().getName());
        assertEquals(Thread.currentThread().getName(), model.get());
    }

    @Test
    void aFailedReadIsRethrownToEveryCallerAsItself() {
        AtomicInteger reads = new AtomicInteger();
        ModelLoading.Background<Object> model = new ModelLoading.Background<>(() -> {
            reads.incrementAndGet();
            throw new ModelUnavailableException("broken model");
        });
        model.start();
        assertEquals("broken model", assertThrows(ModelUnavailableException.class, model::get).getMessage());
        assertEquals("broken model", assertThrows(ModelUnavailableException.class, model::get).getMessage());
        assertEquals(1, reads.get());
    }
}
