package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the chosen long operations one after another while the writers work, each as its own process through the
 * real command line, starting a few seconds after the writers did; each in its own folder {@code n-name}.
 */
final class LongOperations implements Runnable {
    static final long DELAY_MILLIS = 3_000;
    private static final long LIMIT_MILLIS = 30 * 60_000L;

    /** One operation as it ran, and the folder holding its files and its output ({@code run.out}). */
    record Run(LongOperation operation, Path dir, CliRun process) {}

    private final List<LongOperation> operations;
    private final Path ledger;
    private final Path dir;
    private final List<Run> runs = new ArrayList<>();

    LongOperations(List<LongOperation> operations, Path ledger, Path dir) {
        this.operations = operations;
        this.ledger = ledger;
        this.dir = dir;
    }

    @Override
    public void run() {
        if (operations.isEmpty()) {
            return;
        }
        try {
            Thread.sleep(DELAY_MILLIS);
            for (LongOperation op : operations) {
                Path opDir = Files.createDirectories(dir.resolve((runs.size() + 1) + "-" + op.optionName()));
                runs.add(new Run(
                        op, opDir, CliRun.run(op.cliArgs(ledger, opDir), opDir.resolve("run.out"), LIMIT_MILLIS)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The runs so far; complete once {@link #run} has returned. */
    List<Run> runs() {
        return runs;
    }

    /** Every chosen operation ran and exited with 0. */
    boolean allSucceeded() {
        return runs.size() == operations.size()
                && runs.stream().allMatch(r -> r.process().ok());
    }

    Optional<Run> lastRunOf(LongOperation operation) {
        return runs.stream().filter(r -> r.operation() == operation).reduce((first, second) -> second);
    }
}
