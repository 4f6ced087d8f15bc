package jp.shomu.ledger.ui.centre;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import jp.shomu.ledger.ui.common.Messages;

/** The pieces the centre tab's panes are built from: tables, a row of fields, an editor grid, bound fields. */
final class CentreForms {
    private CentreForms() {}

    static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("centre.empty")));
        // the list takes the height the editor below leaves, but never pushes the editor out of the window
        table.setPrefHeight(160);
        table.setMinHeight(90);
        return table;
    }

    static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /**
     * Keeps the row with the same id selected when the list is read again after a save, so the editor below stays
     * on what the person was working on.
     */
    static <T> void keepSelection(TableView<T> table, Function<T, Object> key) {
        Object[] last = {null};
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                last[0] = key.apply(now);
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> table.getItems().stream()
                .filter(t -> key.apply(t).equals(last[0]))
                .findFirst()
                .ifPresent(t -> table.getSelectionModel().select(t)));
    }

    static FlowPane row(Node... nodes) {
        FlowPane f = new FlowPane(10, 6, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        f.setPadding(new Insets(6, 8, 6, 8));
        f.getStyleClass().add("filter-bar");
        return f;
    }

    /** A label with its mnemonic (the bundle text's _X) that moves the focus to its control. */
    static Label label(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(control);
        return l;
    }

    static Node labelled(String key, Node control) {
        HBox box = new HBox(4, label(key, control), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static TextField field(String id, double width, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    static TextArea area(String id, int rows, StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(140);
        p.setMinWidth(Region.USE_PREF_SIZE);
        p.valueProperty().bindBidirectional(value);
        return p;
    }

    /** An editor laid out in label–control pairs, {@code pairs} a row; the controls' columns take the spare width. */
    static GridPane grid(int pairs) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(6, 8, 8, 8));
        for (int i = 0; i < pairs; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            g.getColumnConstraints().add(label);
            ColumnConstraints control = new ColumnConstraints();
            control.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(control);
        }
        return g;
    }

    /** Puts a label–control pair at a row and pair position; {@code span} pairs wide. */
    static void put(GridPane g, int row, int pair, int span, String key, Node control) {
        g.add(label(key, control), pair * 2, row);
        g.add(control, pair * 2 + 1, row, span * 2 - 1, 1);
    }

    /** The editor's buttons, on a row of their own under the fields, at the right. */
    static void buttons(GridPane g, int row, javafx.scene.control.Button... buttons) {
        HBox box = new HBox(8, buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        for (javafx.scene.control.Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        g.add(box, 0, row, g.getColumnConstraints().size(), 1);
    }

    static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }
}
