package jp.shomu.ledger.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small builders the views share, so every button has its mnemonic and every label its text from the bundle. */
public final class Controls {
    private Controls() {}

    /** A button whose bundle text carries its mnemonic, e.g. 保存(_S). */
    public static Button button(String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button shown (and taking space) only while {@code offered} is true. */
    public static Button offered(String key, ObservableBooleanValue offered, Runnable action) {
        Button b = button(key, action);
        b.visibleProperty().bind(offered);
        b.managedProperty().bind(offered);
        return b;
    }

    public static ButtonType buttonType(String key, ButtonBar.ButtonData data) {
        return new ButtonType(Messages.get(key), data);
    }

    public static Label label(String key, String... styleClasses) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** The label of a field: Alt + its mnemonic (the "_X" in the text) moves the focus to {@code target}. */
    public static Label labelFor(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        l.setMnemonicParsing(true);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A label that disappears while its text is empty. */
    public static Label message(String... styleClasses) {
        Label l = new Label();
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
