package jp.shomu.ledger.ui.desk;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Covering an absence: who is away, who takes over, 振り分けを表示 (the preview), then 引き継ぐ. */
public final class CoverDialog extends Dialog<ButtonType> {
    public static final ButtonType APPLY = Controls.buttonType("cover.apply", ButtonData.OK_DONE);

    public CoverDialog(CoverViewModel vm) {
        setTitle(Messages.get("cover.title"));
        setHeaderText(Messages.get("cover.header"));
        ComboBox<StaffMember> absent = new ComboBox<>();
        absent.setId("cover-absent");
        absent.getItems().setAll(vm.people());
        absent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StaffMember s) {
                return s == null ? "" : s.name() + "(" + s.login() + ")";
            }

            @Override
            public StaffMember fromString(String s) {
                return null;
            }
        });
        absent.valueProperty().bindBidirectional(vm.absentProperty());
        FlowPane takers = new FlowPane(10, 6);
        takers.setPrefWrapLength(520);
        for (StaffMember p : vm.people()) {
            CheckBox b = new CheckBox(p.name());
            b.setId("cover-to-" + p.login());
            b.selectedProperty().bindBidirectional(vm.takerProperty(p));
            takers.getChildren().add(b);
        }
        TextField reason = new TextField();
        reason.setId("cover-reason");
        reason.setPromptText(Messages.get("cover.reasonPrompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        var preview = Controls.button("cover.preview", vm::preview);
        preview.setId("cover-preview");
        TextArea text = new TextArea();
        text.setId("cover-plan");
        text.setEditable(false);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(60);
        text.textProperty().bind(vm.previewProperty());
        Label problem = Controls.message("problem-banner");
        problem.setId("cover-problem");
        problem.textProperty().bind(vm.problemProperty());
        VBox box = new VBox(
                8,
                Controls.label("cover.absent"),
                absent,
                Controls.label("cover.takers"),
                takers,
                Controls.label("cover.reason"),
                reason,
                preview,
                problem,
                text);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(APPLY, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(APPLY)
                .disableProperty()
                .bind(vm.planProperty().isNull());
        Theme.apply(getDialogPane());
    }
}
