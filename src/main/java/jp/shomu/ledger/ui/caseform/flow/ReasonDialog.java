package jp.shomu.ledger.ui.caseform.flow;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Asks for the words a status change records: a reason, the city addressee of a 保留, or the answer received. */
public final class ReasonDialog extends Dialog<ButtonType> {
    public static final ButtonType CONFIRM = Controls.buttonType("reason.confirm", ButtonData.OK_DONE);

    public ReasonDialog(ReasonViewModel vm) {
        setTitle(vm.title());
        setHeaderText(vm.title());
        VBox content = new VBox(8);
        content.getStyleClass().add("dialog-content");
        content.setPrefWidth(520);
        if (!vm.context().isBlank()) {
            Label context = new Label(vm.context());
            context.setWrapText(true);
            context.getStyleClass().add("muted");
            content.getChildren().add(context);
        }
        if (vm.needsAddressee()) {
            TextField addressee = new TextField();
            addressee.setId("reason-addressee");
            addressee.setPromptText(Messages.get("reason.addressee.prompt"));
            addressee.textProperty().bindBidirectional(vm.addresseeProperty());
            content.getChildren()
                    .addAll(new Label(Messages.get("reason.addressee") + Messages.get("form.requiredMark")), addressee);
        }
        if (!vm.checkers().isEmpty()) {
            ComboBox<StaffMember> checker = new ComboBox<>();
            checker.setId("reason-checker");
            checker.getItems().add(null);
            checker.getItems().addAll(vm.checkers());
            checker.setConverter(new StringConverter<>() {
                @Override
                public String toString(StaffMember s) {
                    return s == null ? Messages.get("reason.submit.anyone") : s.name();
                }

                @Override
                public StaffMember fromString(String text) {
                    return null;
                }
            });
            checker.valueProperty().bindBidirectional(vm.checkerProperty());
            Label label = new Label(Messages.get("reason.submit.checker"));
            label.setMnemonicParsing(true);
            label.setLabelFor(checker);
            content.getChildren().addAll(label, checker);
        }
        TextArea text = new TextArea();
        text.setId("reason-text");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.textProperty());
        content.getChildren().addAll(new Label(vm.textLabel()), text);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(CONFIRM, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(CONFIRM)
                .disableProperty()
                .bind(vm.confirmableProperty().not());
        Theme.apply(getDialogPane());
        // 確認依頼 needs no words: Enter asks at once, Tab reaches the checker and the note
        setOnShown(e -> (vm.purpose() == ReasonViewModel.Purpose.SUBMIT
                        ? getDialogPane().lookupButton(CONFIRM)
                        : vm.needsAddressee() ? content.lookup("#reason-addressee") : text)
                .requestFocus());
    }
}
