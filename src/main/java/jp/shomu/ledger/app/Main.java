package jp.shomu.ledger.app;

import jp.shomu.ledger.app.bench.BenchCommand;
import jp.shomu.ledger.app.cli.Cli;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.report.PrivateTempFiles;
import jp.shomu.ledger.service.workplace.UserFiles;

/**
 * Entry point of target/shomu-ledger.jar: with a command it is the command line, without one it opens the app.
 * Deliberately not a JavaFX Application, so the shaded jar and jpackage can start it on the class path.
 */
public final class Main {
    private Main() {}

    /** Sets up the user's scratch folder; a folder that cannot be made is a message and exit 2, not a stack trace. */
    static int prepare(UserFiles files, java.io.PrintStream err) {
        try {
            PrivateTempFiles.install(files);
            return 0;
        } catch (LedgerException e) {
            err.println("エラー: " + e.getMessage());
            return 2;
        }
    }

    public static void main(String[] args) {
        // scratch files of exports stay in the user's profile and go when the app ends (docs/SECURITY.md)
        UserFiles files = UserFiles.forThisUser();
        int prepared = prepare(files, System.err);
        if (prepared != 0) {
            System.exit(prepared);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(files::removeOwnTemp, "remove-own-temp"));
        int code = Cli.standard().with(BenchCommand.class).run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
