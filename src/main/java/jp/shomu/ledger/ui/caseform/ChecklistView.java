package jp.shomu.ledger.ui.caseform;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;

/** The checklist, one row per item: the tick, the step, its kind in words, who ticked it when, or why it is locked. */
final class ChecklistView extends ScrollPane {
    ChecklistView(ChecklistViewModel vm) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("checklist");
        int row = 0;
        for (ChecklistItemModel item : vm.items()) {
            CheckBox box = new CheckBox(item.label());
            box.setId("check-" + item.item().id());
            box.setWrapText(true);
            box.setMaxWidth(460);
            box.setSelected(item.tickedProperty().get());
            item.tickedProperty().addListener((obs, old, now) -> box.setSelected(now));
            box.disableProperty().bind(item.changeableProperty().not());
            box.setOnAction(e -> {
                box.setSelected(item.tickedProperty().get());
                vm.toggle(item);
            });
            Label badges = new Label(item.badges());
            badges.getStyleClass().add("checklist-badges");
            Label by = Controls.message("muted");
            by.textProperty().bind(item.tickedByProperty());
            Label blocked = Controls.message("blocked-reason");
            blocked.textProperty()
                    .bind(Bindings.when(item.tickedProperty()).then("").otherwise(item.blockedReasonProperty()));
            Label check = Controls.message("check-hint");
            check.setId("check-hint-" + item.item().id());
            check.textProperty().bind(item.checkHintProperty());
            VBox detail = new VBox(2, check, by, blocked);
            detail.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(row++, box, badges, detail);
        }
        Label remaining = new Label();
        remaining.setId("checklist-remaining");
        remaining.getStyleClass().add("checklist-remaining");
        remaining.setWrapText(true);
        remaining.textProperty().bind(vm.remainingProperty());
        VBox content = new VBox(12, grid, remaining);
        content.getStyleClass().add("checklist-view");
        setContent(content);
        setFitToWidth(true);
    }
}
