package jp.shomu.ledger.ui.tables;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import jp.shomu.ledger.ui.common.Controls;

/**
 * The line under a table's grid: its hint, then the buttons that write rows or change the row selected (offered to
 * those who may edit).
 */
final class TableButtons {
    private TableButtons() {}

    static Button offered(String key, boolean mayEdit, Runnable action) {
        Button b = Controls.button(key, action);
        b.setDisable(!mayEdit);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /**
     * A button that acts on the row in focus in {@code grid} (the row of the cell with the keyboard; {@code acts}: a
     * row it can act on, not the totals line); offered to those who may edit while such a row has the focus.
     */
    static <R> Button onRow(String key, boolean mayEdit, TableView<R> grid, Predicate<R> acts, Consumer<R> action) {
        var selected = grid.getFocusModel().focusedItemProperty();
        Button b = Controls.button(key, () -> {
            R row = selected.get();
            if (row != null && acts.test(row)) {
                action.accept(row);
            }
        });
        b.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !mayEdit || selected.get() == null || !acts.test(selected.get()), selected));
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
