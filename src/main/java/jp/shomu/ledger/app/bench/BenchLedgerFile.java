package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import jp.shomu.ledger.service.workplace.NewLedger;

/**
 * The large ledger a read benchmark measures: made once (slow) and, with {@code --reuse}, kept for the next run, so
 * that only the measuring is repeated.
 */
final class BenchLedgerFile {
    /** Fills a newly created ledger with the benchmark's rows. */
    @FunctionalInterface
    interface Fill {
        void into(Path file) throws Exception;
    }

    private BenchLedgerFile() {}

    /**
     * Creates {@code file} afresh and has {@code fill} load it, unless {@code reuse} and it is already there.
     *
     * @return the seconds that took (next to nothing when reused)
     */
    static double prepare(Path file, boolean reuse, Fill fill) throws Exception {
        Files.createDirectories(file.getParent());
        long t0 = System.nanoTime();
        if (!reuse || !Files.exists(file)) {
            Files.deleteIfExists(file);
            NewLedger.create(file, "admin", Clock.systemUTC());
            fill.into(file);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The machine's load when measuring, so that a slow run on a busy machine can be told apart. */
    static void printLoad(PrintWriter out) throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.exists(loadavg)) {
            out.println("負荷 (loadavg): " + Files.readString(loadavg).strip());
        }
    }
}
