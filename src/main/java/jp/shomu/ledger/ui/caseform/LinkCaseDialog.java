package jp.shomu.ledger.ui.caseform;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Links this case to an existing one: its number and the kind; Enter links, Esc cancels. */
final class LinkCaseDialog extends Dialog<ButtonType> {
    static final ButtonType LINK = Controls.buttonType("links.link.confirm", ButtonData.OK_DONE);

    LinkCaseDialog(LinkCaseViewModel vm) {
        setTitle(vm.title());
        setHeaderText(vm.title());
        TextField number = new TextField();
        number.setId("link-number");
        number.setPrefColumnCount(10);
        number.textProperty().bindBidirectional(vm.numberProperty());
        Label numberLabel = new Label(Messages.get("links.link.number"));
        numberLabel.setMnemonicParsing(true);
        numberLabel.setLabelFor(number);
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox(16);
        for (LinkKind k : LinkKind.values()) {
            RadioButton b = new RadioButton(Messages.get("links.link.kind." + k.word()));
            b.setId("link-kind-" + k.word());
            b.setUserData(k);
            b.setToggleGroup(group);
            b.setSelected(k == vm.kind());
            kinds.getChildren().add(b);
        }
        group.selectedToggleProperty()
                .addListener((obs, old, t) -> vm.kindProperty().set(t == null ? null : (LinkKind) t.getUserData()));
        Label hint = new Label(Messages.get("links.link.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox content = new VBox(8, numberLabel, number, kinds, hint);
        content.getStyleClass().add("dialog-content");
        content.setPrefWidth(440);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(LINK, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(LINK)
                .disableProperty()
                .bind(vm.confirmableProperty().not());
        Theme.apply(getDialogPane());
        setOnShown(e -> number.requestFocus());
    }
}
