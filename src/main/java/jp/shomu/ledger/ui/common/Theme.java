package jp.shomu.ledger.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

/**
 * The look: one stylesheet with a few named colours, and a Japanese UI font that is installed — Yu Gothic UI or
 * Meiryo on Windows, Noto Sans CJK elsewhere — so no text falls back to boxes.
 */
public final class Theme {
    private static final List<String> WINDOWS_FONTS = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic");
    private static final List<String> OTHER_FONTS =
            List.of("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Droid Sans Fallback");
    private static String family;

    private Theme() {}

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        style(scene.getRoot());
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
        style(pane);
    }

    private static void style(Parent root) {
        root.setStyle("-fx-font-family: \"" + fontFamily() + "\";");
    }

    public static String stylesheet() {
        return Theme.class.getResource("/jp/shomu/ledger/ui/app.css").toExternalForm();
    }

    /** The first preferred Japanese font installed on this PC. */
    public static synchronized String fontFamily() {
        if (family == null) {
            boolean windows =
                    System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
            List<String> installed = Font.getFamilies();
            family = (windows ? WINDOWS_FONTS : OTHER_FONTS)
                    .stream()
                            .filter(installed::contains)
                            .findFirst()
                            .orElse(Font.getDefault().getFamily());
        }
        return family;
    }
}
