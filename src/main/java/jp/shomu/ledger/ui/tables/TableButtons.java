package jp.shomu.ledger.ui.tables;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import jp.shomu.ledger.ui.common.Controls;

/** The line under a table's grid: its hint, then the buttons that write rows (offered to those who may edit). */
final class TableButtons {
    private TableButtons() {}

    static Button offered(String key, boolean mayEdit, Runnable action) {
        Button b = Controls.button(key, action);
        b.setDisable(!mayEdit);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    static HBox row(Label hint, Button... buttons) {
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, hint);
        line.getChildren().addAll(buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
