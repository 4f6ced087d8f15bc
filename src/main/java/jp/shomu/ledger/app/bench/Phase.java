package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.ledger.LedgerLocation;

/** One timed run of N writer processes (app or raw) and R reader processes against one ledger, and its figures. */
final class Phase {
    /** What the processes do: how many, how long, how fast, on which shared cases (ids firstHot … firstHot+hot-1). */
    record Load(int writers, int readers, double seconds, int pace, int hot, long firstHot) {}

    final String kind;
    final Path dir;
    final List<ChildResult> writers = new ArrayList<>();
    final List<ChildResult> readers = new ArrayList<>();
    /** How long the processes worked: the load's seconds, or longer if they waited for what ran alongside. */
    double seconds;

    int killed;
    /** Wall-clock time at which the processes were told to start. */
    long goMillis;

    private Phase(String kind, Path dir) {
        this.kind = kind;
        this.dir = dir;
    }

    static Phase run(String kind, LedgerLocation ledger, Path dir, Load load) {
        return run(kind, ledger, dir, load, () -> {});
    }

    /**
     * kind "writer" (the app's store code) or "raw-writer" (plain sqlite-jdbc or pgjdbc). {@code alongside} runs from the
     * start signal on; the app's writers and the readers keep working until it has finished, even past the seconds.
     */
    static Phase run(String kind, LedgerLocation ledger, Path dir, Load load, Runnable alongside) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Phase phase = new Phase(kind, dir);
        Children children = new Children(dir);
        for (int i = 1; i <= load.writers(); i++) {
            List<String> args = new ArrayList<>(List.of(
                    kind,
                    "--ledger",
                    ledger.display(),
                    "--dir",
                    dir.toString(),
                    "--index",
                    String.valueOf(i),
                    "--seconds",
                    String.valueOf(load.seconds()),
                    "--pace",
                    String.valueOf(load.pace()),
                    "--hot",
                    String.valueOf(load.hot()),
                    "--first-hot",
                    String.valueOf(load.firstHot())));
            if (kind.equals("raw-writer") && !ledger.isServer()) {
                args.add("--journal=" + System.getProperty("shomu.journalMode", "TRUNCATE"));
            }
            children.start(kind + "-" + i, args);
        }
        for (int i = 1; i <= load.readers(); i++) {
            children.start(
                    "reader-" + i,
                    List.of(
                            "reader",
                            "--ledger",
                            ledger.display(),
                            "--dir",
                            dir.toString(),
                            "--index",
                            String.valueOf(i),
                            "--seconds",
                            String.valueOf(load.seconds())));
        }
        int processes = load.writers() + load.readers();
        RunPeriod.hold(dir);
        children.go(processes, 120_000 + 3_000L * processes);
        phase.goMillis = System.currentTimeMillis();
        try {
            alongside.run();
        } finally {
            RunPeriod.release(dir);
        }
        phase.seconds = Math.max(load.seconds(), (System.currentTimeMillis() - phase.goMillis) / 1000.0);
        long millisLeft = (long) (phase.goMillis + load.seconds() * 1000 - System.currentTimeMillis());
        phase.killed = children.waitAll(Math.max(0, millisLeft) + 60_000);
        String prefix = kind.equals("raw-writer") ? "result-raw-" : "result-writer-";
        for (int i = 1; i <= load.writers(); i++) {
            phase.writers.add(ChildResult.read(dir.resolve(prefix + i + ".txt")));
        }
        for (int i = 1; i <= load.readers(); i++) {
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
        return Latencies.merge(
                writers.stream().map(r -> r.latencies("latencies")).toList());
    }

    /** How long each successful save held the write lock. */
    Latencies lockHolds() {
        return Latencies.merge(writers.stream().map(r -> r.latencies("holds")).toList());
    }

    /** Every app writer's save with the moment it ended (the raw writers do not record the moments). */
    List<TimedSave> timedSaves() {
        List<TimedSave> saves = new ArrayList<>();
        for (ChildResult r : writers) {
            Latencies latencies = r.latencies("latencies");
            SaveEnds ends = SaveEnds.decode(r.text("saveEnds"));
            for (int i = 0; i < Math.min(latencies.count(), ends.count()); i++) {
                saves.add(new TimedSave(ends.get(i), latencies.get(i)));
            }
        }
        return saves;
    }

    Latencies readerLatencies(String key) {
        return Latencies.merge(readers.stream().map(r -> r.latencies(key)).toList());
    }

    String firstError() {
        return writers.stream()
                .map(r -> r.text("lastError"))
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse("");
    }
}
