package jp.shomu.ledger.ui.output;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.PlannedCase;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** What an import would do: the count and the first rows, or every problem; 取込む only when there is none. */
public final class ImportPreviewDialog extends Dialog<ButtonType> {
    public static final ButtonType IMPORT = Controls.buttonType("import.run", ButtonData.OK_DONE);

    public ImportPreviewDialog(ImportCasesViewModel vm) {
        setTitle(Messages.get("import.title"));
        setHeaderText(vm.summary());
        Label summary = new Label(vm.summary());
        summary.setWrapText(true);
        VBox content = new VBox(8, summary, vm.hasProblems() ? problems(vm) : sample(vm));
        content.getStyleClass().add("dialog-content");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(IMPORT, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(IMPORT).setDisable(!vm.canImport());
        Theme.apply(getDialogPane());
    }

    private static Node sample(ImportCasesViewModel vm) {
        TableView<PlannedCase> table = new TableView<>();
        table.setId("import-sample");
        table.getColumns().add(column("import.col.row", c -> Integer.toString(c.row())));
        table.getColumns().add(column("import.col.type", PlannedCase::typeName));
        table.getColumns().add(column("import.col.subject", PlannedCase::subject));
        table.getItems().setAll(vm.sample());
        return table;
    }

    private static Node problems(ImportCasesViewModel vm) {
        TableView<ImportProblem> table = new TableView<>();
        table.setId("import-problems");
        table.getColumns().add(column("import.col.row", p -> Integer.toString(p.row())));
        table.getColumns().add(column("import.col.column", ImportProblem::column));
        table.getColumns().add(column("import.col.reason", ImportProblem::message));
        table.getItems().setAll(vm.problems());
        return table;
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
