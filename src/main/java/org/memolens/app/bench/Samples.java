package org.memolens.app.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeated measurements of one figure. */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    double median() {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return Benchmark.round(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    Map<String, Object> spread() {
        Map<String, Object> spread = new LinkedHashMap<>();
        spread.put("min", Benchmark.round(values.stream().mapToDouble(d -> d).min().orElse(0)));
        spread.put("max", Benchmark.round(values.stream().mapToDouble(d -> d).max().orElse(0)));
        spread.put("values", values.stream().map(Benchmark::round).toList());
        return spread;
    }
}
