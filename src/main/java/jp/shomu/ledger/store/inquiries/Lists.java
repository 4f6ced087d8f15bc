package jp.shomu.ledger.store.inquiries;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small lists kept in one text column: ids separated by commas, keywords one per line. */
final class Lists {
    private Lists() {}

    static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .map(Long::valueOf)
                .toList();
    }

    /** A row image for a ConflictException, which holds no null values: a null column shows as "". */
    static java.util.Map<String, String> withoutNulls(java.util.Map<String, String> row) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, v == null ? "" : v));
        return m;
    }

    static String lines(List<String> words) {
        return String.join("\n", words);
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
