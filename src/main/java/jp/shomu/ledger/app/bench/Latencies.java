package jp.shomu.ledger.app.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies in milliseconds, with the percentiles the benchmark reports. */
final class Latencies {
    private double[] values = new double[1024];
    private int size;

    void add(double millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    double percentile(double p) {
        if (size == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))];
    }

    double max() {
        return percentile(100);
    }

    /** Compact text form for a child's result file. */
    String encode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Math.round(values[i] * 100) / 100.0);
        }
        return sb.toString();
    }

    static Latencies decode(String text) {
        Latencies l = new Latencies();
        if (text != null && !text.isBlank()) {
            for (String v : text.split(",")) {
                l.add(Double.parseDouble(v));
            }
        }
        return l;
    }

    static Latencies merge(List<Latencies> all) {
        Latencies l = new Latencies();
        all.forEach(l::addAll);
        return l;
    }

    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.0f ms", percentile(50), percentile(95), max());
    }
}
