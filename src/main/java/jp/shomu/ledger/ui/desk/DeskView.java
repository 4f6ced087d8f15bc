package jp.shomu.ledger.ui.desk;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.service.desk.OperatorLoad;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The desk screen: the urgent cases (double click or Enter opens one) above each person's load. */
public final class DeskView extends VBox {
    private final TableView<DeskRow> table = new TableView<>();

    public DeskView(DeskViewModel vm, LongConsumer open) {
        setId("desk");
        getStyleClass().add("case-list");
        Spinner<Integer> within =
                new Spinner<>(0, DeskService.LONGEST_WITHIN, vm.withinProperty().get());
        within.setId("desk-within");
        within.setPrefWidth(80);
        within.setMinWidth(80);
        within.getValueFactory().valueProperty().bindBidirectional(vm.withinProperty());
        Label summary = new Label();
        summary.setId("desk-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        Label withinLabel = Controls.label("desk.within", "filter-label");
        withinLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, typeChoice(vm), withinLabel, within);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (vm.canAssign()) {
            var keep = Controls.button("desk.saveWithin", vm::saveWithin);
            keep.setId("desk-save-within");
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.getChildren().add(keep);
            var assign = Controls.button(
                    "desk.assign",
                    () -> vm.assign(List.copyOf(table.getSelectionModel().getSelectedItems())));
            assign.setId("desk-assign");
            var cover = Controls.button("desk.cover", vm::coverAbsence);
            cover.setId("desk-cover");
            bar.getChildren().addAll(assign, cover);
        }
        if (vm.canRecompute()) {
            var recompute = Controls.button("desk.recompute", vm::recomputeDueDates);
            recompute.setId("desk-recompute");
            recompute.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.getChildren().add(recompute);
        }
        Label monthEnd = new Label();
        monthEnd.setId("desk-month-end");
        monthEnd.textProperty().bind(vm.monthEndProperty());
        bar.getChildren().addAll(Controls.spacer(), summary);

        table.setId("desk-table");
        table.setPlaceholder(new Label(Messages.get("desk.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("desk.col.section", 90, DeskRow::section));
        table.getColumns().add(column("list.col.id", 70, r -> Long.toString(r.id())));
        table.getColumns().add(column("list.col.type", 50, r -> r.line().typeCode()));
        table.getColumns().add(column("list.col.subject", 260, r -> r.line().subject()));
        table.getColumns()
                .add(column("list.col.status", 80, r -> r.line().status().label()));
        table.getColumns().add(column("list.col.due", 80, DeskRow::due));
        table.getColumns().add(column("desk.col.left", 90, DeskRow::left));
        table.getColumns().add(column("desk.col.waiting", 200, DeskRow::waiting));
        table.getColumns().add(column("list.col.assignee", 100, DeskRow::assignee));
        table.setItems(vm.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeskRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("desk-"));
                if (!empty && row != null) {
                    getStyleClass().add("desk-" + row.line().section().code());
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().id());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });

        TableView<OperatorLoad> loads = new TableView<>(vm.loads());
        loads.setId("desk-loads");
        loads.getColumns().add(loadColumn("desk.load.name", 140, OperatorLoad::name));
        loads.getColumns().add(loadColumn("desk.load.open", 80, l -> Integer.toString(l.openCases())));
        loads.getColumns().add(loadColumn("desk.load.minutes", 110, l -> Integer.toString(l.openMinutes())));
        loads.getColumns().add(loadColumn("desk.load.overdue", 80, l -> Integer.toString(l.overdue())));
        loads.getColumns().add(loadColumn("desk.load.sendBacks", 120, l -> Integer.toString(l.sendBacksThisMonth())));
        SplitPane split = new SplitPane(table, new VBox(4, Controls.label("desk.loads", "section-title"), loads));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(loads, Priority.ALWAYS);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label legalDue = new Label();
        legalDue.setId("desk-legal-due");
        legalDue.getStyleClass().add("error-banner");
        legalDue.setWrapText(true);
        legalDue.textProperty().bind(vm.legalDueProperty());
        legalDue.visibleProperty().bind(legalDue.textProperty().isNotEmpty());
        legalDue.managedProperty().bind(legalDue.visibleProperty());
        HBox monthEndBar = new HBox(8, monthEnd);
        monthEndBar.setAlignment(Pos.CENTER_LEFT);
        if (vm.canAssign()) {
            TextField cutoff = new TextField();
            cutoff.setId("desk-cutoff");
            cutoff.setPrefColumnCount(10);
            cutoff.setPromptText("YYYY-MM-DD");
            cutoff.textProperty().bindBidirectional(vm.cutoffProperty());
            cutoff.setOnAction(e -> vm.saveCutoff());
            Label cutoffLabel = Controls.labelFor("desk.cutoff", cutoff);
            var save = Controls.button("desk.saveCutoff", vm::saveCutoff);
            save.setId("desk-save-cutoff");
            save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            monthEndBar.getChildren().addAll(0, List.of(cutoffLabel, cutoff, save));
        }
        VBox head = new VBox(
                4,
                bar,
                summary,
                monthEndBar,
                legalDue,
                new jp.shomu.ledger.ui.seasonal.UpcomingWorkView(vm.seasonal()));
        head.getStyleClass().add("filter-bar");
        getChildren().addAll(head, split);
    }

    /** "担当の中区分 (2-2・2-6)" or "すべての中区分"; hidden when the person's terms name no task types. */
    private static ComboBox<String> typeChoice(DeskViewModel vm) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("desk-types");
        Runnable fill = () -> {
            String own = vm.ownTypesProperty().get();
            choice.getItems().setAll(Messages.format("desk.types.own", own), Messages.get("desk.types.all"));
            choice.getSelectionModel().select(vm.allTypesProperty().get() ? 1 : 0);
            choice.setVisible(!own.isEmpty());
            choice.setManaged(!own.isEmpty());
        };
        vm.ownTypesProperty().addListener((obs, old, now) -> fill.run());
        choice.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.allTypesProperty().set(now.intValue() == 1);
            }
        });
        fill.run();
        return choice;
    }

    private static TableColumn<DeskRow, String> column(String key, double width, Function<DeskRow, String> value) {
        TableColumn<DeskRow, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<OperatorLoad, String> loadColumn(
            String key, double width, Function<OperatorLoad, String> value) {
        TableColumn<OperatorLoad, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
