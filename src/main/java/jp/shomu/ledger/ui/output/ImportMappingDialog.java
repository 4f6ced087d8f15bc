package jp.shomu.ledger.ui.output;

import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** The column mapping of an import: the saved mappings by name, the standard template first and preselected. */
public final class ImportMappingDialog extends Dialog<String> {
    public static final ButtonType NEXT = Controls.buttonType("import.mapping.next", ButtonData.OK_DONE);

    public ImportMappingDialog(List<String> names) {
        setTitle(Messages.get("import.title"));
        setHeaderText(Messages.get("import.mapping.header"));
        ChoiceBox<String> mapping = new ChoiceBox<>();
        mapping.setId("import-mapping");
        mapping.getItems().setAll(names);
        mapping.getSelectionModel().selectFirst();
        Label label = Controls.label("import.mapping.label");
        label.setLabelFor(mapping);
        VBox content = new VBox(8, label, mapping);
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(NEXT, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        setResultConverter(b -> b == NEXT ? mapping.getValue() : null);
        Theme.apply(getDialogPane());
        setOnShown(e -> mapping.requestFocus());
    }
}
