package jp.shomu.ledger.ui.desk;

import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Picks whom the selected cases go to. */
public final class AssigneeDialog extends Dialog<StaffMember> {
    public AssigneeDialog(List<StaffMember> people, int count) {
        setTitle(Messages.get("assign.title"));
        setHeaderText(Messages.format("assign.header", Integer.toString(count)));
        ListView<StaffMember> list = new ListView<>();
        list.setId("assignee-list");
        list.getItems().setAll(people);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StaffMember s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + "(" + s.role().label() + "・" + s.team() + ")");
            }
        });
        list.setPrefSize(360, 300);
        ButtonType ok = Controls.buttonType("assign.ok", ButtonData.OK_DONE);
        getDialogPane().setContent(list);
        getDialogPane().getButtonTypes().addAll(ok, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        Theme.apply(getDialogPane());
    }
}
