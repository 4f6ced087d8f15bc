package jp.shomu.ledger.ui.location;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;

/** The first-run screen: where is the ledger? A path field (UNC paths may be pasted), 参照, 開く, 再試行, new ledger. */
public final class LedgerLocationView {
    private final LedgerLocationViewModel vm;

    public LedgerLocationView(LedgerLocationViewModel vm) {
        this.vm = vm;
    }

    /** @param close closes the app */
    public Parent build(Runnable close) {
        Label title = new Label(vm.title());
        title.getStyleClass().add("unknown-title");
        Label explain = Controls.label("location.explain");
        explain.setWrapText(true);
        TextField path = new TextField();
        path.setId("location-path");
        path.setPromptText("\\\\server\\share\\shomu\\ledger.db");
        path.textProperty().bindBidirectional(vm.pathTextProperty());
        path.setOnAction(e -> vm.open());
        HBox.setHgrow(path, Priority.ALWAYS);
        Label pathLabel = Controls.label("location.path");
        pathLabel.setMnemonicParsing(true);
        pathLabel.setLabelFor(path);
        Button browse = Controls.button("location.browse", vm::browse);
        HBox row = new HBox(8, pathLabel, path, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = Controls.message();
        message.setId("location-message");
        message.textProperty().bind(vm.messageProperty());
        Button open = Controls.button("location.open", vm::open);
        open.setDefaultButton(true);
        open.setId("location-open");
        Button retry = Controls.offered("location.retry", vm.retryOfferedProperty(), vm::retry);
        Button create = Controls.offered("location.new", vm.newLedgerOfferedProperty(), vm::createNew);
        Button quit = Controls.button("location.close", close);
        HBox buttons = new HBox(8, open, retry, create, Controls.spacer(), quit);
        buttons.disableProperty().bind(vm.busyProperty());
        browse.disableProperty().bind(vm.busyProperty());
        VBox box = new VBox(14, title, explain, row, message, buttons);
        box.getStyleClass().add("unknown-user");
        box.setPrefWidth(680);
        return box;
    }
}
