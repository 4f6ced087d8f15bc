package jp.shomu.ledger.ui.centre;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** The センター業務 tab: incidents, improvements, meetings and deliverables, one inner tab each. */
public final class CentreView extends BorderPane {
    public CentreView(CentreViewModel vm) {
        TabPane tabs = new TabPane(
                tab("centre.tab.incidents", incidents(vm)),
                tab("centre.tab.improvements", improvements(vm)),
                tab("centre.tab.meetings", meetings(vm)),
                tab("centre.tab.deliverables", deliverables(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("centre-tabs");
        Label status = new Label();
        status.setId("centre-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-bar");
        setId("centre");
        setCenter(tabs);
        setBottom(status);
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }

    private static Node incidents(CentreViewModel vm) {
        TableView<Incident> table = new TableView<>(vm.incidents());
        table.setId("centre-incidents");
        table.getColumns().add(column("centre.col.id", 50, i -> Long.toString(i.id())));
        table.getColumns()
                .add(column(
                        "centre.col.occurred",
                        140,
                        i -> i.occurredAt().toString().replace('T', ' ')));
        table.getColumns().add(column("centre.col.kind", 120, i -> i.kind().label()));
        table.getColumns()
                .add(column(
                        "centre.col.reported",
                        200,
                        i -> i.reportedAt() == null
                                ? Messages.get(i.flagged() ? "centre.unreportedPersonal" : "centre.unreported")
                                : i.reportedAt().toString().replace('T', ' ') + "("
                                        + Incident.formatDelay(i.reportDelay().orElseThrow()) + "後)"));
        table.getColumns().add(column("centre.col.status", 80, i -> i.status().label()));
        table.getColumns().add(column("centre.col.summary", 360, Incident::summary));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Incident item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("flagged-row");
                if (!empty && item != null && item.flagged()) {
                    getStyleClass().add("flagged-row");
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("centre.empty")));
        vm.selectedIncidentProperty().bind(table.getSelectionModel().selectedItemProperty());

        ComboBox<IncidentKind> kind = new ComboBox<>();
        kind.getItems().setAll(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(l -> new KindCell());
        TextField occurred = field("centre-occurred", 150);
        occurred.textProperty().bindBidirectional(vm.occurredProperty());
        TextField summary = field("centre-summary", 320);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        CheckBox personal = new CheckBox(Messages.get("centre.incident.personal"));
        personal.selectedProperty().bindBidirectional(vm.personalProperty());
        Button add = Controls.button("centre.incident.add", vm::addIncident);
        add.setId("centre-add-incident");
        Button report = Controls.button("centre.incident.report", vm::reportSelectedIncident);
        report.setId("centre-report-incident");
        FlowPane form = form(
                labelled("centre.incident.kind", kind),
                labelled("centre.incident.occurred", occurred),
                labelled("centre.incident.summary", summary),
                personal,
                add,
                report);
        form.setDisable(!vm.recordsIncidents());
        return layout(table, form);
    }

    private static Node improvements(CentreViewModel vm) {
        TableView<Improvement> table = new TableView<>(vm.improvements());
        table.setId("centre-improvements");
        table.getColumns().add(column("centre.col.id", 50, i -> Long.toString(i.id())));
        table.getColumns().add(column("centre.col.proposed", 110, i -> DisplayFormat.date(i.proposedOn())));
        table.getColumns().add(column("centre.col.status", 80, i -> i.status().label()));
        table.getColumns().add(column("centre.col.types", 100, i -> String.join(",", i.typeCodes())));
        table.getColumns()
                .add(column(
                        "centre.col.expected",
                        130,
                        i -> String.format(Locale.ROOT, "%,.1f", i.expectedMinutesPerYear() / 60.0)));
        table.getColumns().add(column("centre.col.title", 360, Improvement::title));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("centre.empty")));
        TextField title = field("centre-improvement-title", 300);
        title.textProperty().bindBidirectional(vm.improvementTitleProperty());
        TextField types = field("centre-improvement-types", 110);
        types.textProperty().bindBidirectional(vm.improvementTypesProperty());
        TextField minutes = field("centre-improvement-minutes", 90);
        minutes.textProperty().bindBidirectional(vm.improvementMinutesProperty());
        FlowPane form = form(
                labelled("centre.improvement.title", title),
                labelled("centre.improvement.types", types),
                labelled("centre.improvement.minutes", minutes),
                Controls.button("centre.improvement.add", vm::addImprovement));
        form.setDisable(!vm.keepsRecords());
        return layout(table, form);
    }

    private static Node meetings(CentreViewModel vm) {
        TableView<Meeting> table = new TableView<>(vm.meetings());
        table.setId("centre-meetings");
        table.getColumns().add(column("centre.col.id", 50, m -> Long.toString(m.id())));
        table.getColumns().add(column("centre.col.held", 140, m -> DisplayFormat.date(m.heldOn())));
        table.getColumns().add(column("centre.col.minutesDue", 140, m -> DisplayFormat.date(m.minutesDue())));
        table.getColumns().add(column("centre.col.attendees", 400, Meeting::attendees));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("centre.empty")));
        vm.selectedMeetingProperty().bind(table.getSelectionModel().selectedItemProperty());
        TextArea agenda = new TextArea();
        agenda.setId("centre-agenda");
        agenda.setEditable(false);
        agenda.setPrefRowCount(8);
        vm.selectedMeetingProperty().addListener((o, old, m) -> agenda.setText(m == null ? "" : m.agenda()));
        DatePicker day = new DatePicker();
        day.valueProperty().bindBidirectional(vm.meetingDayProperty());
        TextField attendees = field("centre-attendees", 320);
        attendees.textProperty().bindBidirectional(vm.attendeesProperty());
        FlowPane form = form(
                labelled("centre.meeting.day", day),
                labelled("centre.meeting.attendees", attendees),
                Controls.button("centre.meeting.add", vm::addMeeting));
        form.setDisable(!vm.keepsRecords());
        VBox bottom = new VBox(6, form, new Label(Messages.get("centre.meeting.agenda")), agenda);
        bottom.setPadding(new Insets(0, 8, 8, 8));
        BorderPane p = new BorderPane(table);
        p.setBottom(bottom);
        return p;
    }

    private static Node deliverables(CentreViewModel vm) {
        TableView<Deliverable> table = new TableView<>(vm.deliverables());
        table.setId("centre-deliverables");
        table.getColumns().add(column("centre.col.id", 50, d -> Long.toString(d.id())));
        table.getColumns()
                .add(column(
                        "centre.col.due",
                        130,
                        d -> DisplayFormat.date(d.due())
                                + (d.basis().name().equals("RULE")
                                        ? ""
                                        : "(" + d.basis().label() + ")")));
        table.getColumns().add(column("centre.col.state", 90, d -> d.state().label()));
        table.getColumns().add(column("centre.col.name", 300, Deliverable::name));
        table.getColumns().add(column("centre.col.period", 100, Deliverable::period));
        table.getColumns().add(column("centre.col.note", 260, Deliverable::note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("centre.empty")));
        vm.selectedDeliverableProperty().bind(table.getSelectionModel().selectedItemProperty());
        TextField note = field("centre-note", 320);
        note.textProperty().bindBidirectional(vm.noteProperty());
        FlowPane form = form(
                labelled("centre.deliverable.note", note),
                Controls.button("centre.deliverable.submit", vm::submitSelected),
                Controls.button("centre.deliverable.accept", vm::acceptSelected),
                Controls.button("centre.deliverable.return", vm::returnSelected));
        form.setDisable(!vm.keepsRecords());
        return layout(table, form);
    }

    private static BorderPane layout(Node table, Node form) {
        BorderPane p = new BorderPane(table);
        p.setBottom(form);
        return p;
    }

    private static FlowPane form(Node... nodes) {
        FlowPane f = new FlowPane(10, 6, nodes);
        f.setAlignment(Pos.CENTER_LEFT);
        f.setPadding(new Insets(8));
        f.getStyleClass().add("filter-bar");
        return f;
    }

    private static Node labelled(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        return new javafx.scene.layout.HBox(4, l, control) {
            {
                setAlignment(Pos.CENTER_LEFT);
            }
        };
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        return f;
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static final class KindCell extends ListCell<IncidentKind> {
        @Override
        protected void updateItem(IncidentKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : k.label());
        }
    }
}
