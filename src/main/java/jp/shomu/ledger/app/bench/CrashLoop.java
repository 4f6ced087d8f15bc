package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * Rounds of: start writer processes at full speed, SIGKILL each at a random moment (mid-transaction, mid-commit,
 * between writes), then reopen the ledger as the next user would and check it — SQLite's integrity (on a file), the
 * audit chain, every row against its audit image, and every write a killed process had seen committed. On a
 * PostgreSQL ledger the server sees the killed connections drop mid-transaction.
 */
final class CrashLoop {
    static final int HOT = 8;

    record Report(int rounds, int kills, List<String> problems) {}

    private final LedgerLocation ledger;
    private final Path work;
    private final int writers;
    private final Random rnd;
    private final Consumer<String> progress;

    /** A new ledger file {@code file}; the rounds' files go to the folder beside it, {@code file.crash}. */
    CrashLoop(Path file, int writers, long seed, Consumer<String> progress) {
        this(LedgerLocation.of(file), file.resolveSibling(file.getFileName() + ".crash"), writers, seed, progress);
    }

    /** @param ledger a file that must not exist or an empty server database; {@code work} holds the rounds' files */
    CrashLoop(LedgerLocation ledger, Path work, int writers, long seed, Consumer<String> progress) {
        this.ledger = ledger;
        this.work = work;
        this.writers = writers;
        this.rnd = new Random(seed);
        this.progress = progress;
    }

    Report run(int rounds) {
        createDirectories(work);
        BenchSetup.create(ledger, writers, 0, HOT, 0);
        List<WriteLog.Entry> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int kills = 0;
        for (int round = 1; round <= rounds && problems.isEmpty(); round++) {
            Path dir = work.resolve("round-" + round);
            createDirectories(dir);
            Children children = new Children(dir);
            for (int i = 1; i <= writers; i++) {
                children.start(
                        "writer-" + i,
                        List.of(
                                "writer",
                                "--ledger",
                                ledger.display(),
                                "--dir",
                                dir.toString(),
                                "--index",
                                String.valueOf(i),
                                "--seconds",
                                "60",
                                "--hot",
                                String.valueOf(HOT)));
            }
            children.go(writers, 120_000);
            kills += killAtRandomMoments(children.processes());
            for (int i = 1; i <= writers; i++) {
                all.addAll(WriteLog.read(dir.resolve("log-" + i + ".txt"), BenchSetup.writerLogin(i)));
            }
            try (Ledger opened = Ledger.open(ledger, Clock.systemUTC())) {
                LedgerVerifier.Result v = LedgerVerifier.verify(opened);
                v.problems().forEach(p -> problems.add("回 " + dir.getFileName() + ": " + p));
                LostUpdateCheck.Outcome lost = LostUpdateCheck.check(opened, all, true);
                lost.problems().forEach(p -> problems.add("回 " + dir.getFileName() + ": " + p));
                progress.accept(String.format(
                        "回 %d: 強制終了 %d、記録された保存 %d 件、案件 %d、監査ログ %d 行 → %s",
                        round,
                        writers,
                        lost.versionedWrites() + lost.ticks() + lost.comments(),
                        v.cases(),
                        v.auditRows(),
                        problems.isEmpty() ? "OK" : "NG"));
            }
        }
        return new Report(rounds, kills, problems);
    }

    private int killAtRandomMoments(List<Process> processes) {
        int kills = 0;
        try {
            Thread.sleep(200 + rnd.nextInt(600));
            for (Process p : processes) {
                Thread.sleep(rnd.nextInt(150));
                p.destroyForcibly();
                kills++;
            }
            for (Process p : processes) {
                p.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            processes.forEach(Process::destroyForcibly);
        }
        return kills;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
