package jp.shomu.ledger.ui;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts the JavaFX application with the options given on the command line. */
public final class AppLauncher {
    /**
     * @param ledger the ledger to open, or null for the one used last time
     * @param sample open (and if absent, create) the sample ledger
     * @param login  the OS login name
     */
    public record Options(Path ledger, boolean sample, String login) {}

    private AppLauncher() {}

    /** Starts JavaFX and returns; the app runs until its last window closes. */
    public static void launch(Options options) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> new Startup(options, Clock.systemDefaultZone()).begin(new Stage()));
    }
}
