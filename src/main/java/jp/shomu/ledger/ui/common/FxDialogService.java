package jp.shomu.ledger.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX dialogs owned by the main window, and the system file chooser. */
public class FxDialogService implements DialogService {
    private Window owner;

    /** The window dialogs stay in front of. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String message) {
        Alert alert =
                new Alert(Alert.AlertType.ERROR, message, Controls.buttonType("dialog.close", ButtonData.CANCEL_CLOSE));
        alert.setTitle(Messages.get("dialog.errorTitle"));
        alert.setHeaderText(null);
        show(alert);
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = Controls.buttonType("dialog.yes", ButtonData.YES);
        Alert alert =
                new Alert(Alert.AlertType.CONFIRMATION, message, yes, Controls.buttonType("dialog.no", ButtonData.NO));
        alert.setTitle(title);
        alert.setHeaderText(null);
        return show(alert).filter(b -> b == yes).isPresent();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION, message, Controls.buttonType("dialog.close", ButtonData.CANCEL_CLOSE));
        alert.setTitle(title);
        alert.setHeaderText(null);
        show(alert);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
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
    public void showProgress(ProgressViewModel model) {
        if (!model.finishedProperty().get()) {
            show(new ProgressDialog(model));
        }
    }

    /** Shows a screen's own dialog in front of the owner window and waits for its answer. */
    protected final <R> Optional<R> show(Dialog<R> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (dialog instanceof Alert) {
            Theme.apply(dialog.getDialogPane());
        }
        return dialog.showAndWait();
    }
}
