package jp.shomu.ledger.ui.seasonal;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The desk's strip of coming seasonal work: a title, what the opening run created, and a short list. */
public final class UpcomingWorkView extends VBox {
    public UpcomingWorkView(UpcomingWorkViewModel vm) {
        super(2);
        setId("desk-seasonal");
        Label title = new Label(Messages.format("seasonal.title", Integer.toString(UpcomingWorkViewModel.DAYS)));
        title.getStyleClass().add("section-title");
        Label ran = Controls.message("info-banner");
        ran.setId("desk-seasonal-ran");
        ran.textProperty().bind(vm.ranTextProperty());
        ListView<String> list = new ListView<>(vm.lines());
        list.setId("desk-seasonal-list");
        list.setPlaceholder(new Label(Messages.get("seasonal.none")));
        list.setPrefHeight(72);
        list.setFocusTraversable(false);
        getChildren().addAll(title, ran, list);
    }
}
