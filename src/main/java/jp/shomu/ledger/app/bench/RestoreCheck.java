package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a backup taken while the writers ran can be put back: {@code restore} of its copy into a new file, then
 * {@code verify} of that file, both through the real command line.
 */
record RestoreCheck(Path copy, CliRun restore, CliRun verify) {
    private static final long LIMIT_MILLIS = 30 * 60_000L;

    /** Restores the daily copy the backup run left in its folder; empty if it left none. */
    static Optional<RestoreCheck> of(LongOperations.Run backup) {
        Optional<Path> copy = dailyCopy(LongOperation.backupDir(backup.dir()));
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        Path restored = backup.dir().resolve("restored.db");
        CliRun restore = CliRun.run(
                List.of(
                        "restore",
                        "--ledger",
                        restored.toString(),
                        "--from",
                        copy.get().toString()),
                backup.dir().resolve("restore.out"),
                LIMIT_MILLIS);
        CliRun verify = CliRun.run(
                List.of("verify", "--ledger", restored.toString()), backup.dir().resolve("verify.out"), LIMIT_MILLIS);
        return Optional.of(new RestoreCheck(copy.get(), restore, verify));
    }

    boolean ok() {
        return restore.ok() && verify.ok();
    }

    private static Optional<Path> dailyCopy(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".*-daily-\\d{8}-\\d{6}\\.db"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
