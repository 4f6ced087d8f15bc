package jp.shomu.ledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Another PC saving all the time: a process of its own that counts up in the ledger until a stop file appears. */
public final class SavingProcess {
    private SavingProcess() {}

    public static void main(String[] args) throws Exception {
        Path stop = Path.of(args[1]);
        try (Ledger ledger = Ledger.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("saving");
            System.out.flush();
            while (Files.notExists(stop)) {
                Counter.bump(ledger);
            }
        }
    }

    static Process start(Path ledger, Path stop) throws Exception {
        return ChildProcess.start(SavingProcess.class, "saving", ledger.toString(), stop.toString());
    }
}
