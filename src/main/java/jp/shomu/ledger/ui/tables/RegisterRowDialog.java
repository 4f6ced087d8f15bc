package jp.shomu.ledger.ui.tables;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/**
 * Registers or changes one row of a table that the grid cannot make itself (a copier, a budget line): one text field a
 * value, Enter registers (or changes), Esc cancels. A refusal (the service's own Japanese message) is shown in the dialog, which stays open
 * with what was typed; it closes once the row is registered.
 */
final class RegisterRowDialog extends Dialog<Void> {
    /** One field: its label key, its node id and what it starts with. */
    record Field(String labelKey, String id, String initial) {}

    RegisterRowDialog(String titleKey, List<Field> fields, MonthTableViewModel.RowRegistration registration) {
        this(titleKey, Messages.get(titleKey), "table.register.ok", fields, registration);
    }

    /** A dialog whose header names the row changed and whose default button says what it does ({@code okKey}). */
    RegisterRowDialog(
            String titleKey,
            String header,
            String okKey,
            List<Field> fields,
            MonthTableViewModel.RowRegistration registration) {
        setTitle(Messages.get(titleKey));
        setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<TextField> inputs = new ArrayList<>();
        for (Field f : fields) {
            TextField input = new TextField(f.initial());
            input.setId(f.id());
            input.setPrefColumnCount(16);
            grid.addRow(inputs.size(), Controls.labelFor(f.labelKey(), input), input);
            inputs.add(input);
        }
        Label refusal = Controls.message("problem-text");
        refusal.setId("register-refusal");
        refusal.setWrapText(true);
        refusal.setMaxWidth(420);
        VBox content = new VBox(8, grid, refusal);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        ButtonType register = Controls.buttonType(okKey, ButtonData.OK_DONE);
        getDialogPane()
                .getButtonTypes()
                .addAll(register, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        var registerButton = getDialogPane().lookupButton(register);
        registerButton.setId("register-ok");
        // the dialog closes only when the ledger took the row; until then the button starts the registration
        registerButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            refusal.setText("");
            registerButton.setDisable(true);
            registration.register(
                    inputs.stream().map(TextField::getText).toList(),
                    () -> {
                        setResult(null);
                        close();
                    },
                    message -> {
                        registerButton.setDisable(false);
                        refusal.setText(message);
                        getDialogPane().getScene().getWindow().sizeToScene(); // room for the message, buttons kept
                    });
        });
        Theme.apply(getDialogPane());
        setOnShown(e -> inputs.get(0).requestFocus());
    }
}
