package org.memolens.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent memo table that stops growing at a fixed size. The values it holds are pure
 * functions of their keys, so a full cache only costs speed, never correctness, and the results do
 * not depend on the order in which memos are analysed.
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final int maxSize;

    public BoundedCache(int maxSize) {
        this.maxSize = maxSize;
    }

    public V get(K key, Function<K, V> compute) {
        V value = map.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (map.size() < maxSize) {
            map.putIfAbsent(key, value);
        }
        return value;
    }

    public int size() {
        return map.size();
    }
}
