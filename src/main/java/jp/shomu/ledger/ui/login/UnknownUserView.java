package jp.shomu.ledger.ui.login;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** Who to ask, for someone the roster does not know; the only way on is the sample ledger's demo people. */
public final class UnknownUserView {
    private final UnknownUserViewModel vm;

    public UnknownUserView(UnknownUserViewModel vm) {
        this.vm = vm;
    }

    /** @param close closes the app; @param asDemo opens the sample ledger as the chosen demo person */
    public Parent build(Runnable close, Consumer<StaffMember> asDemo) {
        Label title = new Label(vm.title());
        title.getStyleClass().add("unknown-title");
        Label message = new Label(vm.message());
        message.setId("unknown-message");
        message.setWrapText(true);
        VBox contacts = new VBox(4);
        contacts.setId("unknown-contacts");
        vm.contacts().forEach(c -> contacts.getChildren().add(new Label("・" + c)));
        Button closeButton = Controls.button("unknown.close", close);
        closeButton.setId("unknown-close");
        VBox box = new VBox(14, title, message, Controls.label("unknown.contacts", "section-title"), contacts);
        if (vm.offersDemo()) {
            ComboBox<StaffMember> people = new ComboBox<>();
            people.setId("unknown-demo-user");
            people.getItems().setAll(vm.demoPeople());
            people.setCellFactory(v -> new PersonCell());
            people.setButtonCell(new PersonCell());
            people.getSelectionModel().selectFirst();
            Button open = Controls.button("unknown.openDemo", () -> asDemo.accept(people.getValue()));
            HBox demo = new HBox(8, Controls.label("demo.badge", "demo-badge"), people, open);
            demo.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(Controls.label("unknown.demo", "section-title"), demo);
        }
        box.getChildren().add(closeButton);
        box.getStyleClass().add("unknown-user");
        box.setPrefWidth(640);
        return box;
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
