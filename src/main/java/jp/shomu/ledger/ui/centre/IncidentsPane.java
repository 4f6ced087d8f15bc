package jp.shomu.ledger.ui.centre;

import static jp.shomu.ledger.ui.centre.CentreForms.area;
import static jp.shomu.ledger.ui.centre.CentreForms.column;
import static jp.shomu.ledger.ui.centre.CentreForms.field;
import static jp.shomu.ledger.ui.centre.CentreForms.labelled;
import static jp.shomu.ledger.ui.centre.CentreForms.put;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The incidents: the list (unreported personal-information ones in red), a new one, the selected one's handling. */
final class IncidentsPane extends VBox {
    IncidentsPane(CentreViewModel vm) {
        TableView<Incident> table = CentreForms.table("centre-incidents", vm.incidents());
        table.getColumns().add(column("centre.col.id", 50, i -> Long.toString(i.id())));
        table.getColumns().add(column("centre.col.occurred", 140, i -> CentreText.dateTime(i.occurredAt())));
        table.getColumns().add(column("centre.col.kind", 120, i -> i.kind().label()));
        table.getColumns()
                .add(column(
                        "centre.col.reported",
                        200,
                        i -> i.reportedAt() == null
                                ? Messages.get(i.flagged() ? "centre.unreportedPersonal" : "centre.unreported")
                                : CentreText.dateTime(i.reportedAt()) + "("
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
        CentreForms.keepSelection(table, i -> i.id());
        vm.selectedIncidentProperty().bind(table.getSelectionModel().selectedItemProperty());

        ComboBox<IncidentKind> kind = new ComboBox<>();
        kind.getItems().setAll(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setButtonCell(new LabelCell<>(IncidentKind::label));
        kind.setCellFactory(l -> new LabelCell<>(IncidentKind::label));
        CheckBox personal = new CheckBox(Messages.get("centre.incident.personal"));
        personal.selectedProperty().bindBidirectional(vm.personalProperty());
        Button add = Controls.button("centre.incident.add", vm::addIncident);
        add.setId("centre-add-incident");
        Button report = Controls.button("centre.incident.report", vm::reportSelectedIncident);
        report.setId("centre-report-incident");
        var form = CentreForms.row(
                labelled("centre.incident.kind", kind),
                labelled("centre.incident.occurred", field("centre-occurred", 150, vm.occurredProperty())),
                labelled("centre.incident.summary", field("centre-summary", 300, vm.summaryProperty())),
                personal,
                add,
                report);
        form.setDisable(!vm.recordsIncidents());
        GridPane editor = editor(vm.incidentEditor());
        editor.disableProperty().bind(vm.selectedIncidentProperty().isNull().or(form.disableProperty()));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(table, form, CentreForms.heading("centre.incident.handling"), editor);
        setSpacing(2);
    }

    private static GridPane editor(IncidentEditorViewModel e) {
        GridPane g = CentreForms.grid(3);
        ComboBox<IncidentStatus> status = new ComboBox<>();
        status.setId("centre-incident-status");
        status.getItems().setAll(e.statuses());
        status.valueProperty().bindBidirectional(e.statusProperty());
        status.setButtonCell(new LabelCell<>(IncidentStatus::label));
        status.setCellFactory(l -> new LabelCell<>(IncidentStatus::label));
        put(g, 0, 0, 1, "centre.incident.reportedAt", field("centre-incident-reported", 150, e.reportedAtProperty()));
        put(
                g,
                0,
                1,
                1,
                "centre.incident.recoveredAt",
                field("centre-incident-recovered", 150, e.recoveredAtProperty()));
        put(g, 0, 2, 1, "centre.incident.status", status);
        put(g, 1, 0, 1, "centre.incident.impactTypes", field("centre-incident-types", 150, e.impactTypesProperty()));
        put(g, 1, 1, 1, "centre.incident.impactCases", field("centre-incident-cases", 150, e.impactCasesProperty()));
        put(g, 1, 2, 1, "centre.incident.impact", field("centre-incident-impact", 200, e.impactProperty()));
        put(g, 2, 0, 1, "centre.incident.actions", area("centre-incident-actions", 2, e.handlingProperty()));
        put(g, 2, 1, 1, "centre.incident.cause", area("centre-incident-cause", 2, e.causeProperty()));
        put(g, 2, 2, 1, "centre.incident.prevention", area("centre-incident-prevention", 2, e.preventionProperty()));
        Button save = Controls.button("centre.incident.save", e::save);
        save.setId("centre-incident-save");
        CentreForms.buttons(g, 3, save);
        return g;
    }
}
