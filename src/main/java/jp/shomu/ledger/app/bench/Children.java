package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts benchmark workers as separate JVMs of this same program (separate processes, as on separate PCs), lets
 * them all start work at the same moment, and waits for them with a hard time limit.
 */
final class Children {
    private static final String GO_FILE = "go";
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    Children(Path dir) {
        this.dir = dir;
    }

    /** Starts {@code java -cp <our class path> Main bench <args>} with the same journal mode as this process. */
    Process start(String name, List<String> benchArgs) {
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(benchArgs);
        List<String> cmd = ThisProgram.command(
                List.of("-Xmx96m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), args);
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".out").toFile())
                    .start();
            processes.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Process> processes() {
        return processes;
    }

    /** Waits until every child has written its ready file (JVM started, ledger open), then says go. */
    void go(int expected, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            while (countReady() < expected) {
                if (System.currentTimeMillis() > deadline
                        || processes.stream().anyMatch(p -> !p.isAlive() && p.exitValue() != 0)) {
                    processes.forEach(Process::destroyForcibly); // none may go on writing after the harness gave up
                    throw new IllegalStateException("計測用プロセスが起動しませんでした(" + countReady() + "/" + expected + ")。" + dir
                            + " の *.out を確認してください。" + firstFailureOutput());
                }
                Thread.sleep(50);
            }
            Files.writeString(dir.resolve(GO_FILE), "go");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the first child that exited with an error printed, so a failure names its cause. */
    private String firstFailureOutput() {
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!p.isAlive() && p.exitValue() != 0) {
                try (var outs = Files.list(dir)) {
                    StringBuilder text = new StringBuilder("\n終了コード " + p.exitValue() + ":");
                    for (Path out : outs.filter(f -> f.toString().endsWith(".out"))
                            .sorted()
                            .toList()) {
                        String content = Files.readString(out);
                        if (!content.isBlank()) {
                            text.append('\n')
                                    .append(out.getFileName())
                                    .append(": ")
                                    .append(content.substring(Math.max(0, content.length() - 800)));
                        }
                    }
                    return text.toString();
                } catch (IOException e) {
                    return "";
                }
            }
        }
        return "";
    }

    private long countReady() {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ready")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for every child to finish; any still running after the limit is killed and reported. */
    int waitAll(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int killed = 0;
        for (Process p : processes) {
            try {
                long left = Math.max(1, deadline - System.currentTimeMillis());
                if (!p.waitFor(left, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    killed++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        return killed;
    }

    /** Called by a child: announce readiness and wait for the harness's go (at most a minute). */
    static void readyAndAwaitGo(Path dir, String name) {
        try {
            Files.writeString(dir.resolve(name + ".ready"), "ready");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(dir.resolve(GO_FILE)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
