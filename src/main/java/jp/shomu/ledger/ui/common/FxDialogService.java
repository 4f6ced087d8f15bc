package jp.shomu.ledger.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.caseform.CaseDrafts;
import jp.shomu.ledger.ui.caseform.DraftOfferDialog;
import jp.shomu.ledger.ui.check.DoubleCheckDialog;
import jp.shomu.ledger.ui.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.conflict.ConflictDialog;
import jp.shomu.ledger.ui.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.flow.ReasonDialog;
import jp.shomu.ledger.ui.flow.ReasonViewModel;
import jp.shomu.ledger.ui.main.TypeChooserDialog;
import jp.shomu.ledger.ui.output.ImportCasesViewModel;
import jp.shomu.ledger.ui.output.ImportMappingDialog;
import jp.shomu.ledger.ui.output.ImportPreviewDialog;
import jp.shomu.ledger.ui.output.MonthlyReportDialog;
import jp.shomu.ledger.ui.output.MonthlyReportViewModel;
import jp.shomu.ledger.ui.output.ProgressDialog;
import jp.shomu.ledger.ui.output.ProgressViewModel;

/** The real dialogs: JavaFX dialogs owned by the main window, and the system file chooser. */
public final class FxDialogService implements DialogService {
    private Window owner;

    /** The window dialogs stay in front of. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, Controls.buttonType("dialog.close", ButtonData.CANCEL_CLOSE));
        alert.setTitle(Messages.get("dialog.errorTitle"));
        alert.setHeaderText(null);
        show(alert);
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = Controls.buttonType("dialog.yes", ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes,
                Controls.buttonType("dialog.no", ButtonData.NO));
        alert.setTitle(title);
        alert.setHeaderText(null);
        return show(alert).filter(b -> b == yes).isPresent();
    }

    @Override
    public boolean showDoubleCheck(DoubleCheckViewModel model) {
        return show(new DoubleCheckDialog(model)).filter(b -> b == DoubleCheckDialog.RECORD).isPresent();
    }

    @Override
    public boolean showReason(ReasonViewModel model) {
        return show(new ReasonDialog(model)).filter(b -> b == ReasonDialog.CONFIRM).isPresent();
    }

    @Override
    public ConflictViewModel.Resolution showConflict(ConflictViewModel model) {
        Optional<ButtonType> b = show(new ConflictDialog(model));
        if (b.filter(x -> x == ConflictDialog.SAVE).isPresent()) {
            return ConflictViewModel.Resolution.SAVE_CHOSEN;
        }
        return b.filter(x -> x == ConflictDialog.DISCARD).isPresent() ? ConflictViewModel.Resolution.DISCARD_MINE
                : ConflictViewModel.Resolution.CANCEL;
    }

    @Override
    public CaseDrafts.Choice offerDraft(String message) {
        return DraftOfferDialog.choiceOf(show(new DraftOfferDialog(message)).orElse(DraftOfferDialog.LATER));
    }

    @Override
    public Optional<TaskType> chooseTaskType(List<TaskType> types) {
        return show(new TypeChooserDialog(types));
    }

    @Override
    public Optional<Path> chooseLedgerFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("startup.chooseLedger"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("startup.ledgerFiles"), "*.db"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message,
                Controls.buttonType("dialog.close", ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(null);
        show(alert);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("output.xlsxFiles"), "*.xlsx"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean showMonthlyReport(MonthlyReportViewModel model) {
        return show(new MonthlyReportDialog(model)).filter(b -> b == MonthlyReportDialog.CREATE).isPresent();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.files"), "*.csv", "*.xlsx"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> chooseImportMapping(List<String> names) {
        return show(new ImportMappingDialog(names));
    }

    @Override
    public boolean showImportPreview(ImportCasesViewModel model) {
        return show(new ImportPreviewDialog(model)).filter(b -> b == ImportPreviewDialog.IMPORT).isPresent();
    }

    @Override
    public void showProgress(ProgressViewModel model) {
        if (!model.finishedProperty().get()) {
            show(new ProgressDialog(model));
        }
    }

    private <R> Optional<R> show(Dialog<R> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (dialog instanceof Alert) {
            Theme.apply(dialog.getDialogPane());
        }
        return dialog.showAndWait();
    }
}
