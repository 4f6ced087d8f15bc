package jp.shomu.ledger.ui.main;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Picks the 中区分 of a new case when none is selected in the navigation. */
public final class TypeChooserDialog extends Dialog<TaskType> {
    public TypeChooserDialog(List<TaskType> types) {
        setTitle(Messages.get("chooseType.title"));
        setHeaderText(Messages.get("chooseType.header"));
        ListView<TaskType> list = new ListView<>();
        list.setId("type-list");
        list.getItems().setAll(types);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TaskType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.code() + " " + t.name());
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefSize(460, 420);
        ButtonType ok = Controls.buttonType("chooseType.ok", ButtonData.OK_DONE);
        getDialogPane().setContent(list);
        ButtonType cancel = Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, cancel);
        getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                ((Button) getDialogPane().lookupButton(ok)).fire();
            }
        });
        // Enter inside the list picks the selected type (the list would otherwise keep the key to itself)
        // and Esc inside the list still cancels the dialog
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                ((Button) getDialogPane().lookupButton(ok)).fire();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((Button) getDialogPane().lookupButton(cancel)).fire();
            }
        });
        setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        Theme.apply(getDialogPane());
        // the list has the focus as soon as the dialog is up, so Down moves through the types
        setOnShown(e -> {
            list.requestFocus();
            list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
            Platform.runLater(list::requestFocus);
        });
    }
}
