package jp.shomu.ledger.ui.centre;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list cell showing a value's Japanese label (a kind, a status). */
final class LabelCell<T> extends ListCell<T> {
    private final Function<T, String> label;

    LabelCell(Function<T, String> label) {
        this.label = label;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : label.apply(item));
    }
}
