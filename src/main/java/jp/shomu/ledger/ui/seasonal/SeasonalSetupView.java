package jp.shomu.ledger.ui.seasonal;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.service.seasonal.SeasonalService;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** The seasonal calendar's setup: the items above, the selected one's form below (leaders only). */
public final class SeasonalSetupView extends VBox {
    public SeasonalSetupView(SeasonalSetupViewModel vm) {
        super(6);
        setId("seasonal-setup");
        getStyleClass().add("case-list");
        TableView<SeasonalService.Line> table = new TableView<>(vm.lines());
        table.setId("seasonal-table");
        table.getColumns().add(column("seasonal.col.item", 190, l -> l.item().label()));
        table.getColumns().add(column("seasonal.col.type", 60, l -> l.item().typeCode()));
        table.getColumns()
                .add(column(
                        "seasonal.col.months",
                        110,
                        l -> l.item().months().size() == 12
                                ? Messages.get("seasonal.everyMonth")
                                : String.join(
                                        ",",
                                        l.item().months().stream()
                                                .map(String::valueOf)
                                                .toList())));
        table.getColumns()
                .add(column("seasonal.col.action", 120, l -> l.setup().action().label()));
        table.getColumns()
                .add(column("seasonal.col.day", 170, l -> l.setup().rule().label()));
        table.getColumns()
                .add(column(
                        "seasonal.col.count",
                        50,
                        l -> Integer.toString(l.setup().count())));
        table.getColumns()
                .add(column("seasonal.col.next", 90, l -> l.next() == null ? "" : DisplayFormat.dateShort(l.next())));
        table.getColumns()
                .add(column(
                        "seasonal.col.state",
                        90,
                        l -> Messages.get(
                                !l.saved()
                                        ? "seasonal.state.unset"
                                        : l.setup().enabled() ? "seasonal.state.on" : "seasonal.state.off")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, l) -> {
            if (l != null) {
                vm.selectedProperty().set(l);
            }
        });
        // the list is read again after a save: select the saved item again once the table has taken the new list
        vm.lines().addListener((javafx.collections.ListChangeListener<SeasonalService.Line>) c ->
                javafx.application.Platform.runLater(() -> {
                    var s = vm.selectedProperty().get();
                    if (s != null) {
                        vm.lines().stream()
                                .filter(l -> l.item().key().equals(s.item().key()))
                                .findFirst()
                                .ifPresent(l -> table.getSelectionModel().select(l));
                    }
                }));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = Controls.message("info-banner");
        status.setId("seasonal-status");
        status.textProperty().bind(vm.statusProperty());
        Label hint = Controls.label("seasonal.hint", "muted");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(hint, status, table);
        if (vm.canEdit()) {
            getChildren().add(form(vm));
        }
    }

    private static Node form(SeasonalSetupViewModel vm) {
        ComboBox<SeasonalAction> action = new ComboBox<>();
        action.getItems().setAll(SeasonalAction.values());
        action.setId("seasonal-action");
        action.setButtonCell(actionCell());
        action.setCellFactory(l -> actionCell());
        action.valueProperty().bindBidirectional(vm.actionProperty());
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        row(g, 0, 0, "seasonal.field.action", action);
        row(g, 0, 2, "seasonal.field.day", text("seasonal-day", vm.dayProperty(), 6));
        row(g, 0, 4, "seasonal.field.from", text("seasonal-from", vm.fromProperty(), 9));
        TextField subject = text("seasonal-subject", vm.subjectProperty(), 30);
        row(g, 1, 0, "seasonal.field.subject", subject);
        GridPane.setColumnSpan(subject, 3);
        row(g, 1, 4, "seasonal.field.count", text("seasonal-count", vm.countProperty(), 4));
        row(g, 2, 0, "seasonal.field.assignee", text("seasonal-assignee", vm.assigneeProperty(), 10));
        CheckBox enabled = new CheckBox(Messages.get("seasonal.field.enabled"));
        enabled.setId("seasonal-enabled");
        enabled.selectedProperty().bindBidirectional(vm.enabledProperty());
        g.add(enabled, 2, 2, 2, 1);
        var save = Controls.button("seasonal.save", vm::save);
        save.setId("seasonal-save");
        var run = Controls.button("seasonal.run", vm::runNow);
        run.setId("seasonal-run");
        VBox box = new VBox(6, g, new HBox(8, save, run));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    private static void row(GridPane g, int r, int c, String key, Node field) {
        Label l = Controls.label(key);
        l.setLabelFor(field);
        g.add(l, c, r);
        g.add(field, c + 1, r);
    }

    private static TextField text(String id, StringProperty p, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static ListCell<SeasonalAction> actionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SeasonalAction a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? "" : a.label());
            }
        };
    }

    private static TableColumn<SeasonalService.Line, String> column(
            String key, double width, Function<SeasonalService.Line, String> value) {
        TableColumn<SeasonalService.Line, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
