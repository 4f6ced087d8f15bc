package jp.shomu.ledger.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Linux without a display: one Japanese line that says what to install, before JavaFX fails with a long trace. */
class NoDisplayTest {
    @Test
    void linuxWithoutADisplaySaysWhatToInstallInOneLine() {
        String saved = System.getProperty("glass.platform");
        System.clearProperty("glass.platform");
        try {
            String line = AppLauncher.displayProblem("Linux", Map.of()).orElseThrow();
            assertFalse(line.contains("\n"));
            assertTrue(
                    line.contains("xvfb-run") && line.contains("libgtk-3-0") && line.contains("fonts-noto-cjk"), line);
            assertTrue(
                    AppLauncher.displayProblem("Linux", Map.of("DISPLAY", ":0")).isEmpty());
            assertTrue(AppLauncher.displayProblem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))
                    .isEmpty());
            assertTrue(AppLauncher.displayProblem("Windows 11", Map.of()).isEmpty());
        } finally {
            if (saved != null) {
                System.setProperty("glass.platform", saved);
            }
        }
    }
}
