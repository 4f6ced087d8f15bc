package jp.shomu.ledger.app.bench;

import java.util.Arrays;

/**
 * When each of a writer's saves ended, in wall-clock milliseconds, in the order of its latencies: the harness
 * pairs the two to tell which saves overlapped a long operation. Written as the first time and then offsets.
 */
final class SaveEnds {
    private long[] values = new long[1024];
    private int size;

    void add(long endMillis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = endMillis;
    }

    int count() {
        return size;
    }

    long get(int i) {
        return values[i];
    }

    /** "first;0,offset,offset…" for a child's result file. */
    String encode() {
        if (size == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder().append(values[0]).append(';');
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values[i] - values[0]);
        }
        return sb.toString();
    }

    static SaveEnds decode(String text) {
        SaveEnds ends = new SaveEnds();
        if (text != null && !text.isBlank()) {
            int semicolon = text.indexOf(';');
            long first = Long.parseLong(text.substring(0, semicolon));
            for (String offset : text.substring(semicolon + 1).split(",")) {
                ends.add(first + Long.parseLong(offset));
            }
        }
        return ends;
    }
}
