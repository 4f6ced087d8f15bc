package jp.shomu.ledger.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.settings.HolidaysViewModel.DueChangeRow;
import jp.shomu.ledger.ui.settings.HolidaysViewModel.HolidayRow;

/** The year's holidays and the override form on the left, the due dates a change moves on the right. */
final class HolidaysView extends SplitPane {
    HolidaysView(HolidaysViewModel vm) {
        setId("settings-holidays");
        Spinner<Integer> year = new Spinner<>(2000, 2099, vm.yearProperty().get());
        year.setId("holiday-year");
        year.setPrefWidth(100);
        year.getValueFactory().valueProperty().bindBidirectional(vm.yearProperty());
        Label yearLabel = Controls.labelFor("settings.holidays.year", year);
        Button importCsv = Controls.button("settings.holidays.import", vm::importCsv);
        importCsv.setId("holiday-import");
        HBox yearBar = new HBox(8, yearLabel, year, Controls.spacer(), importCsv);
        yearBar.setAlignment(Pos.CENTER_LEFT);

        TableView<HolidayRow> list = new TableView<>(vm.holidays());
        list.setId("holiday-list");
        list.getColumns().add(ProposalsView.column("settings.holidays.col.date", 150, HolidayRow::date));
        list.getColumns().add(ProposalsView.column("settings.holidays.col.name", 180, HolidayRow::name));
        list.getColumns().add(ProposalsView.column("settings.holidays.source", 150, HolidayRow::source));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.dateProperty().set(now.line().date().toString());
                vm.nameProperty().set(now.line().name());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField date = new TextField();
        date.setId("holiday-date");
        date.setPromptText("YYYY-MM-DD");
        date.setPrefColumnCount(9);
        date.textProperty().bindBidirectional(vm.dateProperty());
        TextField name = new TextField();
        name.setId("holiday-name");
        name.setPromptText(Messages.get("settings.holidays.namePrompt"));
        name.setPrefColumnCount(9);
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.disableProperty().bind(vm.businessDayProperty());
        CheckBox businessDay = new CheckBox(Messages.get("settings.holidays.businessDay"));
        businessDay.setId("holiday-business-day");
        businessDay.selectedProperty().bindBidirectional(vm.businessDayProperty());
        Label dateLabel = Controls.labelFor("settings.holidays.date", date);
        Label nameLabel = Controls.labelFor("settings.holidays.name", name);
        Button set = Controls.button("settings.holidays.set", vm::setOverride);
        set.setId("holiday-set");
        Button clear = Controls.button("settings.holidays.clear", vm::clearOverride);
        clear.setId("holiday-clear");
        HBox form = new HBox(8, dateLabel, date, nameLabel, name);
        form.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, businessDay, set, clear);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {set, clear, businessDay}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label explain = Controls.message("muted");
        explain.setText(Messages.get("settings.holidays.explain"));
        VBox left = new VBox(
                6, Controls.label("settings.holidays.title", "section-title"), yearBar, list, form, actions, explain);

        Label note = Controls.message("warning-text");
        note.setId("due-note");
        note.textProperty().bind(vm.dueNoteProperty());
        TableView<DueChangeRow> changes = new TableView<>(vm.dueChanges());
        changes.setId("due-changes");
        changes.setPlaceholder(new Label(Messages.get("settings.holidays.noPreview")));
        changes.getColumns().add(ProposalsView.column("list.col.id", 80, DueChangeRow::id));
        changes.getColumns().add(ProposalsView.column("list.col.type", 60, DueChangeRow::type));
        changes.getColumns().add(ProposalsView.column("settings.holidays.oldDue", 110, DueChangeRow::oldDue));
        changes.getColumns().add(ProposalsView.column("settings.holidays.newDue", 110, DueChangeRow::newDue));
        VBox.setVgrow(changes, Priority.ALWAYS);
        Button apply = Controls.button("settings.holidays.apply", vm::applyDueDates);
        apply.setId("due-apply");
        apply.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.dueChanges()));
        VBox right = new VBox(6, Controls.label("settings.holidays.dueTitle", "section-title"), note, changes, apply);
        getItems().addAll(left, right);
        setDividerPositions(0.58);
    }
}
