package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One timed run of N writer processes (app or raw) and R reader processes against one file, and its figures. */
final class Phase {
    final String kind;
    final Path dir;
    final List<ChildResult> writers = new ArrayList<>();
    final List<ChildResult> readers = new ArrayList<>();
    double seconds;
    int killed;

    private Phase(String kind, Path dir) {
        this.kind = kind;
        this.dir = dir;
    }

    /** kind "writer" (the app's store code) or "raw-writer" (plain sqlite-jdbc). */
    static Phase run(String kind, Path ledger, Path dir, int writers, int readers, double seconds, int pace, int hot) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Phase phase = new Phase(kind, dir);
        Children children = new Children(dir);
        for (int i = 1; i <= writers; i++) {
            List<String> args = new ArrayList<>(List.of(kind, "--ledger", ledger.toString(), "--dir", dir.toString(),
                    "--index", String.valueOf(i), "--seconds", String.valueOf(seconds), "--pace", String.valueOf(pace),
                    "--hot", String.valueOf(hot)));
            if (kind.equals("raw-writer")) {
                args.add("--journal=" + System.getProperty("shomu.journalMode", "TRUNCATE"));
            }
            children.start(kind + "-" + i, args);
        }
        for (int i = 1; i <= readers; i++) {
            children.start("reader-" + i, List.of("reader", "--ledger", ledger.toString(), "--dir", dir.toString(),
                    "--index", String.valueOf(i), "--seconds", String.valueOf(seconds)));
        }
        children.go(writers + readers, 120_000 + 3_000L * (writers + readers));
        phase.killed = children.waitAll((long) (seconds * 1000) + 60_000);
        phase.seconds = seconds;
        String prefix = kind.equals("raw-writer") ? "result-raw-" : "result-writer-";
        for (int i = 1; i <= writers; i++) {
            phase.writers.add(ChildResult.read(dir.resolve(prefix + i + ".txt")));
        }
        for (int i = 1; i <= readers; i++) {
            phase.readers.add(ChildResult.read(dir.resolve("result-reader-" + i + ".txt")));
        }
        return phase;
    }

    long total(String key) {
        return writers.stream().mapToLong(r -> r.count(key)).sum();
    }

    long minCommits() {
        return writers.stream().mapToLong(r -> r.count("commits")).min().orElse(0);
    }

    long maxCommits() {
        return writers.stream().mapToLong(r -> r.count("commits")).max().orElse(0);
    }

    long starved() {
        return writers.stream().filter(r -> r.count("commits") == 0).count();
    }

    long missingResults() {
        return writers.stream().filter(r -> r.values.containsKey("missing")).count();
    }

    double commitsPerSecond() {
        return total("commits") / seconds;
    }

    Latencies writeLatencies() {
        return Latencies.merge(writers.stream().map(r -> r.latencies("latencies")).toList());
    }

    /** How long each successful save held the write lock. */
    Latencies lockHolds() {
        return Latencies.merge(writers.stream().map(r -> r.latencies("holds")).toList());
    }

    Latencies readerLatencies(String key) {
        return Latencies.merge(readers.stream().map(r -> r.latencies(key)).toList());
    }

    String firstError() {
        return writers.stream().map(r -> r.text("lastError")).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
