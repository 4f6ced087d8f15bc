package jp.shomu.ledger.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** Sample ledger only: a clearly marked switcher that lets a newcomer work as anyone on the roster. */
final class DemoUserSwitcher extends HBox {
    DemoUserSwitcher(MainViewModel vm) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("demo-switcher");
        ComboBox<StaffMember> people = new ComboBox<>();
        people.setId("demo-user");
        people.getItems().setAll(vm.session().roster());
        people.setCellFactory(v -> new PersonCell());
        people.setButtonCell(new PersonCell());
        people.setValue(vm.session().user());
        people.setOnAction(e -> {
            StaffMember chosen = people.getValue();
            if (chosen != null) {
                vm.switchUser(chosen);
                people.setValue(vm.session().user());
            }
        });
        getChildren().addAll(Controls.label("demo.badge", "demo-badge"), Controls.label("demo.label"), people);
    }

    private static final class PersonCell extends ListCell<StaffMember> {
        @Override
        protected void updateItem(StaffMember s, boolean empty) {
            super.updateItem(s, empty);
            setText(
                    empty || s == null
                            ? null
                            : Messages.format("demo.person", s.name(), s.role().label(), s.login()));
        }
    }
}
