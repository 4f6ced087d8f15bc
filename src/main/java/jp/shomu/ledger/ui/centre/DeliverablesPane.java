package jp.shomu.ledger.ui.centre;

import static jp.shomu.ledger.ui.centre.CentreForms.column;
import static jp.shomu.ledger.ui.centre.CentreForms.date;
import static jp.shomu.ledger.ui.centre.CentreForms.field;
import static jp.shomu.ledger.ui.centre.CentreForms.labelled;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DueBasis;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;

/** The deliverables by due date: the selected one's way with the city, and one added on a change. */
final class DeliverablesPane extends VBox {
    DeliverablesPane(CentreViewModel vm) {
        TableView<Deliverable> table = CentreForms.table("centre-deliverables", vm.deliverables());
        table.getColumns().add(column("centre.col.id", 50, d -> Long.toString(d.id())));
        table.getColumns()
                .add(column(
                        "centre.col.due",
                        150,
                        d -> DisplayFormat.date(d.due())
                                + (d.basis() == DueBasis.RULE
                                        ? ""
                                        : "(" + d.basis().label() + ")")));
        table.getColumns().add(column("centre.col.state", 90, d -> d.state().label()));
        table.getColumns().add(column("centre.col.name", 300, Deliverable::name));
        table.getColumns().add(column("centre.col.period", 100, Deliverable::period));
        table.getColumns().add(column("centre.col.submittedOn", 110, d -> DisplayFormat.date(d.submittedOn())));
        table.getColumns().add(column("centre.col.acceptedOn", 110, d -> DisplayFormat.date(d.acceptedOn())));
        table.getColumns().add(column("centre.col.note", 220, Deliverable::note));
        CentreForms.keepSelection(table, d -> d.id());
        vm.selectedDeliverableProperty().bind(table.getSelectionModel().selectedItemProperty());

        DeliverableEditorViewModel e = vm.deliverableEditor();
        Button cityDue = Controls.button("centre.deliverable.setDue", e::setCityDue);
        cityDue.setId("centre-deliverable-set-due");
        Button submit = Controls.button("centre.deliverable.submit", e::submit);
        submit.setId("centre-deliverable-submit");
        Button accept = Controls.button("centre.deliverable.accept", e::accept);
        accept.setId("centre-deliverable-accept");
        Button back = Controls.button("centre.deliverable.return", e::sendBack);
        back.setId("centre-deliverable-return");
        var steps = CentreForms.row(
                labelled("centre.deliverable.cityDue", date("centre-deliverable-due", e.cityDueProperty())),
                cityDue,
                labelled("centre.deliverable.day", date("centre-deliverable-day", e.stepDayProperty())),
                submit,
                accept,
                labelled("centre.deliverable.note", field("centre-note", 260, e.noteProperty())),
                back);
        steps.disableProperty()
                .bind(vm.selectedDeliverableProperty()
                        .isNull()
                        .or(new javafx.beans.property.SimpleBooleanProperty(!vm.keepsRecords())));

        Button add = Controls.button("centre.deliverable.add", e::add);
        add.setId("centre-deliverable-add");
        var adding = CentreForms.row(
                labelled("centre.deliverable.newName", field("centre-deliverable-name", 220, e.newNameProperty())),
                labelled(
                        "centre.deliverable.newDays",
                        field("centre-deliverable-days", 50, e.newBusinessDaysProperty())),
                labelled("centre.deliverable.newFrom", date("centre-deliverable-from", e.newFromProperty())),
                labelled("centre.deliverable.newDue", date("centre-deliverable-new-due", e.newDueProperty())),
                add);
        adding.setDisable(!vm.keepsRecords());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren()
                .addAll(
                        table,
                        CentreForms.heading("centre.deliverable.way"),
                        steps,
                        CentreForms.heading("centre.deliverable.onChange"),
                        adding);
        setSpacing(2);
    }
}
