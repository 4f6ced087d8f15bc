package jp.shomu.ledger.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The bar, the current step and 取消(C); closes by itself when the work ends. Closing the window cancels. */
public final class ProgressDialog extends Dialog<Void> {
    public ProgressDialog(ProgressViewModel vm) {
        setTitle(vm.title());
        setHeaderText(vm.title());
        ProgressBar bar = new ProgressBar();
        bar.setId("progress-bar");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("progress-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox content = new VBox(8, bar, message);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        ButtonType cancel = Controls.buttonType("progress.cancel", ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(cancel);
        Button cancelButton = (Button) getDialogPane().lookupButton(cancel);
        cancelButton.disableProperty().bind(vm.cancelRequestedProperty());
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.cancel();
        });
        setOnCloseRequest(e -> {
            if (!vm.finishedProperty().get()) {
                e.consume();
                vm.cancel();
            }
        });
        vm.finishedProperty().addListener((obs, was, done) -> {
            if (done) {
                setResult(null);
                close();
            }
        });
        Theme.apply(getDialogPane());
    }
}
