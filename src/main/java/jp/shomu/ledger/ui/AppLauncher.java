package jp.shomu.ledger.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import jp.shomu.ledger.ui.common.Messages;

/** Starts the JavaFX application with the options given on the command line. */
public final class AppLauncher {
    /**
     * @param ledger the ledger to open, or null for the one used last time
     * @param sample open (and if absent, create) the sample ledger
     * @param login  the OS login name
     */
    /** @param ledger the ledger given on the command line (a file path or postgresql://…), or null */
    public record Options(String ledger, boolean sample, String login) {}

    private AppLauncher() {}

    /**
     * Starts JavaFX and returns; the app runs until its last window closes.
     *
     * @throws NoDisplayException when there is no screen to open the window on
     */
    public static void launch(Options options) {
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> new Startup(options, Clock.systemDefaultZone()).begin(new Stage()));
        } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
            // how JavaFX says it could not open a display (or load GTK): one Japanese line instead of its trace
            throw new NoDisplayException(Messages.get("app.noDisplay"), e);
        }
    }

    /**
     * Why the window cannot open here, before JavaFX tries (and fails with a long trace): Linux with neither an X
     * nor a Wayland display. Empty when a display is there, and on Windows and macOS.
     */
    public static Optional<String> displayProblem(String osName, Map<String, String> env) {
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean display = !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        boolean headlessTest = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""));
        return linux && !display && !headlessTest ? Optional.of(Messages.get("app.noDisplay")) : Optional.empty();
    }

    /** There is no screen for the window; the message says what to install or run. */
    public static final class NoDisplayException extends RuntimeException {
        NoDisplayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
