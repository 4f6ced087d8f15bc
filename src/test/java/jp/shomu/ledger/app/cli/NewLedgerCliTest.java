package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test on a ledger made afresh with {@code init} for each test, run in-process as "tester". */
abstract class NewLedgerCliTest {
    @TempDir
    Path dir;

    Path ledger;
    final CliRunner cli = new CliRunner("tester");

    @BeforeEach
    void makeLedger() {
        ledger = cli.init(dir);
    }

    CliRunner.Result run(String... args) {
        return cli.onLedger(ledger, args);
    }

    /** Runs {@code args} on the ledger, which must succeed; its output. */
    String ok(String... args) {
        return cli.ok(ledger, args);
    }
}
