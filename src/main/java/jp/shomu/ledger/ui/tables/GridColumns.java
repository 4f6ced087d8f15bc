package jp.shomu.ledger.ui.tables;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The grid parts the table screens share: read-only and typed-in text columns (numbers right-aligned), the totals
 * line styled apart and never edited, and the keys: Enter or F2 edits the cell in focus, Enter again records it and
 * moves on to the next editable cell.
 */
final class GridColumns {
    private GridColumns() {}

    static <R> TableColumn<R, String> shown(String key, double width, boolean number, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (number) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return c;
    }

    /** A column typed into ({@code locked} rows, the totals, are not); the screen sets what a commit does. */
    static <R> TableColumn<R, String> typed(String key, double width, Function<R, String> value, Predicate<R> locked) {
        TableColumn<R, String> c = shown(key, width, true, value);
        c.getStyleClass().add("typed-column");
        c.setEditable(true);
        c.setCellFactory(col -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                R row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !locked.test(row)) {
                    super.startEdit();
                }
            }
        });
        return c;
    }

    /** Styles the totals line and lets Enter / F2 start editing the focused cell. */
    static <R> void keyboardFirst(TableView<R> table, Predicate<R> total) {
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && total.test(item)) {
                    getStyleClass().add("total-row");
                }
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && table.getEditingCell() == null) {
                TablePosition<R, ?> at = table.getFocusModel().getFocusedCell();
                if (at != null
                        && at.getTableColumn() != null
                        && at.getTableColumn().isEditable()) {
                    table.edit(at.getRow(), at.getTableColumn());
                    e.consume();
                }
            }
        });
    }

    /** Puts the focus on the next typed-in cell after {@code column} (on the next line after the last). */
    static <R> void focusNext(TableView<R> table, int row, TableColumn<R, ?> column) {
        table.requestFocus(); // the editor that had the keyboard is gone
        var columns = table.getColumns();
        for (int i = columns.indexOf(column) + 1; i < columns.size(); i++) {
            if (columns.get(i).isEditable()) {
                table.getFocusModel().focus(row, columns.get(i));
                table.getSelectionModel().clearAndSelect(row, columns.get(i));
                return;
            }
        }
        TableColumn<R, ?> first =
                columns.stream().filter(TableColumn::isEditable).findFirst().orElse(null);
        if (row + 1 < table.getItems().size() && first != null) {
            table.getFocusModel().focus(row + 1, first);
            table.getSelectionModel().clearAndSelect(row + 1, first);
        }
    }
}
