package jp.shomu.ledger.ui.caseform.check;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** The double-check dialog: approve (ticking the checker's items) or send back with error categories and a comment. */
public final class DoubleCheckDialog extends Dialog<ButtonType> {
    public static final ButtonType RECORD = Controls.buttonType("check.record", ButtonData.OK_DONE);

    public DoubleCheckDialog(DoubleCheckViewModel vm) {
        setTitle(Messages.get("check.title"));
        setHeaderText(Messages.get("check.title") + " — " + vm.caseTitle() + "\n"
                + Messages.format("check.maker", vm.makerName()));
        ToggleGroup group = new ToggleGroup();
        RadioButton approve = radio("check.approve", "check-approve", ReviewOutcome.APPROVED, group, vm);
        RadioButton sendBack = radio("check.sendBack", "check-send-back", ReviewOutcome.SENT_BACK, group, vm);
        group.selectToggle(vm.outcome() == ReviewOutcome.APPROVED ? approve : sendBack);

        VBox itemsBox = new VBox(4);
        vm.items().forEach(i -> {
            CheckBox cb =
                    new CheckBox(i.item().label() + (i.item().required() ? Messages.get("form.requiredMark") : ""));
            cb.selectedProperty().bindBidirectional(i.selected());
            itemsBox.getChildren().add(cb);
        });
        itemsBox.disableProperty().bind(vm.outcomeProperty().isNotEqualTo(ReviewOutcome.APPROVED));

        FlowPane categories = new FlowPane(12, 6);
        categories.setId("check-categories");
        vm.categories().forEach(c -> {
            CheckBox cb = new CheckBox(c.category().label());
            cb.selectedProperty().bindBidirectional(c.selected());
            categories.getChildren().add(cb);
        });
        categories.disableProperty().bind(vm.outcomeProperty().isNotEqualTo(ReviewOutcome.SENT_BACK));

        TextArea comment = new TextArea();
        comment.setId("check-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Label problem = Controls.message("problem-text");
        problem.textProperty().bind(vm.problemProperty());

        VBox content = new VBox(
                10,
                new HBox(24, approve, sendBack),
                section("check.items", vm.items().isEmpty() ? Controls.label("check.noItems", "muted") : itemsBox),
                section("check.categories", categories),
                section("check.comment", comment),
                problem);
        content.getStyleClass().add("dialog-content");
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(RECORD, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(RECORD)
                .disableProperty()
                .bind(vm.confirmableProperty().not());
        Theme.apply(getDialogPane());
    }

    private static RadioButton radio(
            String key, String id, ReviewOutcome outcome, ToggleGroup group, DoubleCheckViewModel vm) {
        RadioButton r = new RadioButton(Messages.get(key));
        r.setMnemonicParsing(true);
        r.setId(id);
        r.setToggleGroup(group);
        // a mnemonic (Alt+A, Alt+B) fires an action event only: it selects, as a click does
        r.addEventHandler(ActionEvent.ACTION, e -> r.setSelected(true));
        r.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.outcomeProperty().set(outcome);
            }
        });
        return r;
    }

    private static VBox section(String key, Node body) {
        return new VBox(4, Controls.label(key, "section-title"), body);
    }
}
