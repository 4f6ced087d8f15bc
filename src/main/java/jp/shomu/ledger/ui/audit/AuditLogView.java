package jp.shomu.ledger.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.audit.AuditLogViewModel.Line;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The audit log tab: period and person, the table newest first, さらに読む for older rows. */
public final class AuditLogView extends BorderPane {
    public AuditLogView(AuditLogViewModel vm) {
        DatePicker from = datePicker("audit-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("audit-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<StaffMember> actor = actorChooser(vm);
        HBox filters = new HBox(
                8,
                labelFor("audit.from", from),
                from,
                labelFor("audit.to", to),
                to,
                labelFor("audit.actor", actor),
                actor,
                Controls.button("audit.search", vm::search));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("filter-bar");

        TableView<Line> table = new TableView<>(vm.lines());
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.col.when", 140, Line::when));
        table.getColumns().add(column("audit.col.who", 150, Line::who));
        table.getColumns().add(column("audit.col.target", 160, Line::target));
        table.getColumns().add(column("audit.col.action", 140, Line::action));
        table.getColumns().add(column("audit.col.summary", 480, Line::summary));
        table.setPlaceholder(new Label(Messages.get("audit.empty")));

        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bottom =
                new HBox(12, status, Controls.spacer(), Controls.offered("audit.more", vm.hasMoreProperty(), vm::more));
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("status-bar");

        setId("audit-log");
        setTop(filters);
        setCenter(table);
        setBottom(bottom);
    }

    private static Label labelFor(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        l.setMnemonicParsing(true);
        return l;
    }

    private static DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(140);
        return p;
    }

    private static ComboBox<StaffMember> actorChooser(AuditLogViewModel vm) {
        ComboBox<StaffMember> box = new ComboBox<>();
        box.setId("audit-actor");
        box.getItems().add(null);
        box.getItems().addAll(vm.people());
        box.setButtonCell(new PersonCell());
        box.setCellFactory(list -> new PersonCell());
        box.valueProperty().bindBidirectional(vm.actorProperty());
        return box;
    }

    private static TableColumn<Line, String> column(String key, double width, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static final class PersonCell extends ListCell<StaffMember> {
        @Override
        protected void updateItem(StaffMember person, boolean empty) {
            super.updateItem(person, empty);
            setText(
                    empty
                            ? null
                            : person == null
                                    ? Messages.get("audit.everyone")
                                    : person.name() + "(" + person.login() + ")");
        }
    }
}
