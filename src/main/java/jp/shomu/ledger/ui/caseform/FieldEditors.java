package jp.shomu.ledger.ui.caseform;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.common.Messages;

/** Makes the editor for a field by its type: text boxes that check as you type, choices, the roster, a tick box. */
final class FieldEditors {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldEditors() {}

    static Node editorFor(FieldEditorModel m, List<StaffMember> roster) {
        Control editor = switch (m.def().type()) {
            case CHOICE -> choice(m, m.def().choices());
            case STAFF ->
                choice(
                        m,
                        roster.stream()
                                .filter(s -> s.role() != Role.AUDITOR)
                                .map(StaffMember::name)
                                .toList());
            case FLAG -> flag(m);
            default -> text(m);
        };
        editor.setId("field-" + m.def().key());
        if (m.def().calculated()) {
            editor.getStyleClass().add("calculated-field");
        }
        if (m.masked()) {
            editor.setDisable(true);
        } else {
            editor.disableProperty().bind(m.editableProperty().not());
        }
        return editor;
    }

    private static TextField text(FieldEditorModel m) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(m.textProperty());
        t.setPrefColumnCount(18);
        switch (m.def().type()) {
            case DATE -> t.setPromptText(Messages.get("form.datePrompt"));
            case MONTH -> t.setPromptText(Messages.get("form.monthPrompt"));
            case YEN -> {
                t.setPromptText(Messages.get("form.yenPrompt"));
                t.setAlignment(Pos.CENTER_RIGHT);
            }
            case COUNT -> t.setAlignment(Pos.CENTER_RIGHT);
            case EMPLOYEE_NO -> t.setPromptText(Messages.get("form.employeePrompt"));
            default -> t.setPrefColumnCount(28);
        }
        t.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                m.tidy();
            }
        });
        m.errorProperty().addListener((obs, old, err) -> t.pseudoClassStateChanged(INVALID, !err.isEmpty()));
        return t;
    }

    private static ComboBox<String> choice(FieldEditorModel m, List<String> options) {
        ComboBox<String> c = new ComboBox<>();
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(options);
        if (!m.textProperty().get().isEmpty()
                && !items.contains(m.textProperty().get())) {
            items.add(m.textProperty().get());
        }
        c.getItems().setAll(items);
        c.valueProperty().bindBidirectional(m.textProperty());
        c.setPrefWidth(220);
        return c;
    }

    private static CheckBox flag(FieldEditorModel m) {
        CheckBox c = new CheckBox(Messages.get("value.yes"));
        c.setSelected(Boolean.parseBoolean(m.textProperty().get()));
        m.textProperty().addListener((obs, old, now) -> c.setSelected(Boolean.parseBoolean(now)));
        c.selectedProperty().addListener((obs, old, now) -> m.textProperty().set(Boolean.toString(now)));
        return c;
    }
}
