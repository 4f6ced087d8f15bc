package jp.shomu.ledger.ui.main;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.SlaBadge;

/** The case list with its filters; Enter or a double click opens the selected case. */
final class CaseListView extends VBox {
    private final TextField search = new TextField();
    private final TableView<CaseRow> table = new TableView<>();

    CaseListView(CaseListViewModel vm, LongConsumer open) {
        getStyleClass().add("case-list");
        ComboBox<CaseListViewModel.StatusChoice> status = new ComboBox<>();
        status.setId("filter-status");
        status.getItems().setAll(vm.statusChoices());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<CaseListViewModel.AssigneeChoice> assignee = new ComboBox<>();
        assignee.setId("filter-assignee");
        assignee.getItems().setAll(vm.assigneeChoices());
        assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
        DatePicker from = datePicker("filter-due-from", "list.dueFromPrompt");
        from.valueProperty().bindBidirectional(vm.dueFromProperty());
        DatePicker to = datePicker("filter-due-to", "list.dueToPrompt");
        to.valueProperty().bindBidirectional(vm.dueToProperty());
        search.setId("search");
        search.setPromptText(Messages.get("list.searchPrompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnAction(e -> openFirst(open));
        Label summary = new Label();
        summary.setId("list-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        FlowPane filters = new FlowPane(
                8,
                6,
                group("list.filterStatus", status),
                group("list.filterAssignee", assignee),
                group("list.filterDue", from, new Label("〜"), to),
                group("list.filterSearch", search),
                Controls.button("list.clear", vm::clearFilters),
                summary);
        filters.getStyleClass().add("filter-bar");

        table.setId("case-table");
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.getColumns()
                .add(column("list.col.new", 50, r -> r.newlyAssigned() ? Messages.get("list.new") : "", s -> s));
        table.getColumns().add(column("list.col.id", 70, r -> r.id(), Object::toString));
        table.getColumns().add(column("list.col.type", 60, r -> r.entry().typeCode(), Object::toString));
        TableColumn<CaseRow, String> subject =
                column("list.col.subject", 330, r -> r.entry().subject(), s -> s);
        table.getColumns().add(subject);
        table.getColumns().add(column("list.col.status", 140, CaseRow::statusText, s -> s));
        table.getColumns().add(slaColumn());
        table.getColumns().add(column("list.col.due", 90, CaseRow::due, DisplayFormat::dateShort));
        table.getColumns().add(legalDueColumn());
        table.getColumns().add(column("list.col.received", 90, r -> r.entry().receivedOn(), DisplayFormat::dateShort));
        table.getColumns().add(column("list.col.assignee", 110, CaseRow::assignee, s -> s));
        vm.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(vm.rows());
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
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, table);
    }

    /** Enter in the search box opens the first case found. */
    private void openFirst(LongConsumer open) {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
            open.accept(table.getItems().get(0).id());
        }
    }

    /** Ctrl+F: the search box takes the keyboard. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static HBox group(String key, Node... nodes) {
        HBox box = new HBox(4, Controls.label(key, "filter-label"));
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static DatePicker datePicker(String id, String promptKey) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(130);
        p.setPromptText(Messages.get(promptKey));
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : Wareki.formatShort(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : Wareki.parse(s);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        });
        return p;
    }

    private static <T extends Comparable<? super T>> TableColumn<CaseRow, T> column(
            String key, double width, Function<CaseRow, T> value, Function<T, String> text) {
        TableColumn<CaseRow, T> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }

    /**
     * 法定期限 (3-1, 3-3 …): empty for types without one; an open case's limit that has passed, or that falls before the
     * agreed due date (the law is then the stricter deadline), is marked. Sorted by date, the empty ones last.
     */
    private static TableColumn<CaseRow, LocalDate> legalDueColumn() {
        TableColumn<CaseRow, LocalDate> c = new TableColumn<>(Messages.get("list.col.legalDue"));
        c.setId("list-col-legal-due");
        c.setPrefWidth(100);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().legalDue()));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                getStyleClass().removeAll("sla-overdue", "sla-warning");
                CaseRow row = empty
                                || getIndex() < 0
                                || getIndex() >= getTableView().getItems().size()
                        ? null
                        : getTableView().getItems().get(getIndex());
                if (row == null || date == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                // the mark is said in words too (超過, a tooltip), not by colour alone
                setText(DisplayFormat.dateShort(date)
                        + (row.legalMark() == CaseRow.LegalMark.PASSED ? Messages.get("list.legalDue.passed") : ""));
                setTooltip(
                        row.legalMark() == CaseRow.LegalMark.NONE
                                ? null
                                : new javafx.scene.control.Tooltip(Messages.get(
                                        row.legalMark() == CaseRow.LegalMark.PASSED
                                                ? "list.legalDue.passedTip"
                                                : "list.legalDue.beforeSlaTip")));
                switch (row.legalMark()) {
                    case PASSED -> getStyleClass().add("sla-overdue");
                    case BEFORE_SLA_DUE -> getStyleClass().add("sla-warning");
                    case NONE -> {}
                }
            }
        });
        return c;
    }

    private static TableColumn<CaseRow, SlaBadge> slaColumn() {
        TableColumn<CaseRow, SlaBadge> c = new TableColumn<>(Messages.get("list.col.sla"));
        c.setPrefWidth(185);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().sla()));
        c.setComparator(CaseListViewModel.SLA_URGENCY);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(SlaBadge badge, boolean empty) {
                super.updateItem(badge, empty);
                getStyleClass().removeIf(s -> s.startsWith("sla-"));
                if (empty || badge == null) {
                    setText(null);
                    return;
                }
                setText(badge.text());
                getStyleClass().add(badge.styleClass());
            }
        });
        return c;
    }
}
