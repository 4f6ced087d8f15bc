package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one child process reports back to the harness: counters and latencies, as key=value lines in a file. */
final class ChildResult {
    final Map<String, String> values = new LinkedHashMap<>();

    ChildResult put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    long count(String key) {
        return Long.parseLong(values.getOrDefault(key, "0"));
    }

    String text(String key) {
        return values.getOrDefault(key, "");
    }

    Latencies latencies(String key) {
        return Latencies.decode(values.get(key));
    }

    void write(Path file) {
        StringBuilder sb = new StringBuilder();
        values.forEach(
                (k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, sb, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChildResult read(Path file) {
        ChildResult r = new ChildResult();
        if (!Files.exists(file)) {
            return r.put("missing", true);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    r.values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }
}
