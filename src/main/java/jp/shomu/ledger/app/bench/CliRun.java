package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of this program's real command line as its own process (as a scheduled task or a second PC would run
 * it): its output file, its wall-clock window from process start to exit, and its exit code.
 */
record CliRun(Path output, long startMillis, long endMillis, int exitCode) {
    /** The exit code of a run stopped because it went past its time limit. */
    static final int TIMED_OUT = -1;
    /** As the installed command-line launcher starts the JVM (installer/cli-launcher.properties); output in UTF-8. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-Dshomu.console.encoding=UTF-8");

    static CliRun run(List<String> args, Path output, long limitMillis) {
        ProcessBuilder builder = new ProcessBuilder(ThisProgram.command(JVM_OPTIONS, args))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        long start = System.currentTimeMillis();
        try {
            Process p = builder.start();
            if (!p.waitFor(limitMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                return new CliRun(output, start, System.currentTimeMillis(), TIMED_OUT);
            }
            return new CliRun(output, start, System.currentTimeMillis(), p.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean ok() {
        return exitCode == 0;
    }

    double seconds() {
        return (endMillis - startMillis) / 1000.0;
    }

    /** Whether a save that ended at {@code save.endMillis()} was under way at some moment of this run. */
    boolean overlaps(TimedSave save) {
        return save.endMillis() >= startMillis && save.startMillis() <= endMillis;
    }

    /** "0", or the code with what it means when the run did not finish by itself. */
    String exitText() {
        return exitCode == TIMED_OUT ? "時間切れで強制終了" : String.valueOf(exitCode);
    }

    /** The first line of the output containing {@code text}, stripped; empty if none. */
    String outputLine(String text) {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(text))
                    .findFirst()
                    .map(String::strip)
                    .orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
