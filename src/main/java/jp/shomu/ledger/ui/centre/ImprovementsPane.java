package jp.shomu.ledger.ui.centre;

import static jp.shomu.ledger.ui.centre.CentreForms.column;
import static jp.shomu.ledger.ui.centre.CentreForms.field;
import static jp.shomu.ledger.ui.centre.CentreForms.labelled;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;

/** The improvement proposals: the list, a new one, the selected one's next step (and its measured effect). */
final class ImprovementsPane extends VBox {
    ImprovementsPane(CentreViewModel vm) {
        TableView<Improvement> table = CentreForms.table("centre-improvements", vm.improvements());
        table.getColumns().add(column("centre.col.id", 50, i -> Long.toString(i.id())));
        table.getColumns().add(column("centre.col.proposed", 110, i -> DisplayFormat.date(i.proposedOn())));
        table.getColumns().add(column("centre.col.status", 80, i -> i.status().label()));
        table.getColumns().add(column("centre.col.types", 100, i -> String.join(",", i.typeCodes())));
        table.getColumns().add(column("centre.col.expected", 130, i -> hours(i.expectedMinutesPerYear())));
        table.getColumns()
                .add(column(
                        "centre.col.measured",
                        130,
                        i -> i.measuredMinutesPerYear() == null ? "" : hours(i.measuredMinutesPerYear())));
        table.getColumns().add(column("centre.col.title", 320, Improvement::title));
        CentreForms.keepSelection(table, i -> i.id());
        vm.selectedImprovementProperty().bind(table.getSelectionModel().selectedItemProperty());

        var form = CentreForms.row(
                labelled(
                        "centre.improvement.title",
                        field("centre-improvement-title", 300, vm.improvementTitleProperty())),
                labelled(
                        "centre.improvement.types",
                        field("centre-improvement-types", 110, vm.improvementTypesProperty())),
                labelled(
                        "centre.improvement.minutes",
                        field("centre-improvement-minutes", 90, vm.improvementMinutesProperty())),
                Controls.button("centre.improvement.add", vm::addImprovement));
        form.setDisable(!vm.keepsRecords());

        ImprovementEditorViewModel e = vm.improvementEditor();
        ComboBox<ImprovementStatus> next = new ComboBox<>(e.nextStatuses());
        next.setId("centre-improvement-next");
        next.valueProperty().bindBidirectional(e.nextProperty());
        next.setButtonCell(new LabelCell<>(ImprovementStatus::label));
        next.setCellFactory(l -> new LabelCell<>(ImprovementStatus::label));
        Button apply = Controls.button("centre.improvement.apply", e::apply);
        apply.setId("centre-improvement-apply");
        var editor = CentreForms.row(
                labelled("centre.improvement.next", next),
                labelled(
                        "centre.improvement.measuredMinutes",
                        field("centre-improvement-measured", 90, e.measuredMinutesProperty())),
                labelled(
                        "centre.improvement.measuredNote",
                        field("centre-improvement-note", 320, e.measuredNoteProperty())),
                apply);
        editor.disableProperty().bind(vm.selectedImprovementProperty().isNull().or(form.disableProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, form, CentreForms.heading("centre.improvement.step"), editor);
        setSpacing(2);
    }

    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%,.1f", minutes / 60.0);
    }
}
