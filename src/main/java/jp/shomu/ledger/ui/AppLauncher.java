package jp.shomu.ledger.ui;

import java.nio.file.Path;

/** Starts the JavaFX application with the options given on the command line. */
public final class AppLauncher {
    /**
     * @param ledger the ledger to open, or null for the one used last time
     * @param sample open (and if absent, create) the sample ledger
     * @param login  the OS login name
     */
    public record Options(Path ledger, boolean sample, String login) {
    }

    private AppLauncher() {
    }

    public static void launch(Options options) {
        throw new IllegalStateException("画面はまだありません");
    }
}
