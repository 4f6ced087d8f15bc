package jp.shomu.ledger.ui.centre;

import static jp.shomu.ledger.ui.centre.CentreForms.column;
import static jp.shomu.ledger.ui.centre.CentreForms.date;
import static jp.shomu.ledger.ui.centre.CentreForms.field;
import static jp.shomu.ledger.ui.centre.CentreForms.labelled;

import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.SlaMeasure;
import jp.shomu.ledger.service.centre.SlaAgreementService.MissedTarget;
import jp.shomu.ledger.ui.common.Controls;

/** The SLA agreement of a fiscal year, and the months that missed a target with their improvement measures. */
final class SlaAgreementPane extends VBox {
    SlaAgreementPane(CentreViewModel centre) {
        SlaAgreementViewModel vm = centre.slaAgreement();
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("centre-sla-year");
        year.getItems().setAll(vm.fiscalYears());
        year.valueProperty().bindBidirectional(vm.fiscalYearProperty());
        year.setButtonCell(new LabelCell<>(y -> y + "年度"));
        year.setCellFactory(l -> new LabelCell<>(y -> y + "年度"));
        Label agreed = new Label();
        agreed.setId("centre-sla-agreed");
        agreed.textProperty().bind(vm.agreementProperty());
        Label changed = Controls.message("problem-text");
        changed.setId("centre-sla-changed");
        changed.textProperty().bind(vm.changedProperty());
        TextArea items = new TextArea();
        items.setId("centre-sla-items");
        items.setEditable(false);
        items.setPrefRowCount(4);
        items.textProperty().bind(vm.itemsProperty());

        Button agree = Controls.button("centre.sla.agree", vm::agree);
        agree.setId("centre-sla-agree");
        var agreeing = CentreForms.row(
                labelled("centre.sla.agreedOn", date("centre-sla-agreed-on", vm.agreedOnProperty())),
                labelled("centre.sla.approver", field("centre-sla-approver", 220, vm.approverProperty())),
                agree);
        javafx.beans.value.ObservableBooleanValue reader =
                new javafx.beans.property.SimpleBooleanProperty(!centre.keepsRecords());
        agreeing.disableProperty().bind(vm.recordedProperty().or(reader));

        TableView<MissedTarget> missed = CentreForms.table("centre-sla-missed", vm.missed());
        missed.getColumns().add(column("centre.col.month", 90, m -> m.month().toString()));
        missed.getColumns().add(column("centre.col.slaItem", 180, MissedTarget::item));
        missed.getColumns().add(column("centre.col.actual", 90, MissedTarget::actual));
        missed.getColumns().add(column("centre.col.target", 90, MissedTarget::target));
        missed.getColumns()
                .add(column(
                        "centre.col.measures",
                        400,
                        m -> m.measures().stream().map(SlaMeasure::measure).collect(Collectors.joining(" / "))));
        missed.setPlaceholder(new Label(jp.shomu.ledger.ui.common.Messages.get("centre.sla.noMisses")));
        CentreForms.keepSelection(missed, m -> m.month() + "\t" + m.item());
        vm.selectedMissedProperty().bind(missed.getSelectionModel().selectedItemProperty());
        Button record = Controls.button("centre.sla.recordMeasure", vm::recordMeasure);
        record.setId("centre-sla-record-measure");
        var measuring = CentreForms.row(
                labelled("centre.sla.measure", field("centre-sla-measure", 480, vm.measureProperty())), record);
        measuring.disableProperty().bind(vm.selectedMissedProperty().isNull().or(reader));
        VBox.setVgrow(missed, Priority.ALWAYS);
        getChildren()
                .addAll(
                        CentreForms.row(labelled("centre.sla.year", year), agreed),
                        changed,
                        items,
                        agreeing,
                        CentreForms.heading("centre.sla.missed"),
                        missed,
                        measuring);
        setSpacing(2);
    }
}
