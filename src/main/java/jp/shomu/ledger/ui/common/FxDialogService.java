package jp.shomu.ledger.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.shomu.ledger.service.workplace.UserSettings;

/** The real dialogs: JavaFX dialogs owned by the main window, and the system file chooser. */
public class FxDialogService implements DialogService {
    static final String LAST_FOLDER = "dialog.lastSaveFolder";
    private Window owner;
    private UserSettings settings;

    /** Where the last folder saved to is remembered; without settings the documents folder is offered each time. */
    public void setSettings(UserSettings settings) {
        this.settings = settings;
    }

    /** The folder a save dialog opens in: the last one used, else the user's documents folder, else home. */
    public static File startFolder(Optional<String> remembered, Path home) {
        Optional<File> last = remembered.map(File::new).filter(File::isDirectory);
        if (last.isPresent()) {
            return last.get();
        }
        for (String name : new String[] {"Documents", "ドキュメント", "My Documents"}) {
            File docs = home.resolve(name).toFile();
            if (docs.isDirectory()) {
                return docs;
            }
        }
        return home.toFile();
    }

    private File startFolder() {
        Optional<String> remembered = Optional.empty();
        try {
            remembered = settings == null ? Optional.empty() : settings.get(LAST_FOLDER);
        } catch (java.io.UncheckedIOException e) {
            // an unreadable settings file only loses the remembered folder
        }
        return startFolder(remembered, Path.of(System.getProperty("user.home")));
    }

    private void remember(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.getParent();
        if (settings != null && folder != null) {
            try {
                settings.put(LAST_FOLDER, folder.toString());
            } catch (java.io.UncheckedIOException e) {
                // not remembered this time; the save itself goes on
            }
        }
    }

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
        chooser.setInitialDirectory(startFolder());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("output.xlsxFiles"), "*.xlsx"));
        Optional<Path> chosen =
                Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.ifPresent(this::remember);
        return chosen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder());
        Optional<Path> chosen = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        chosen.ifPresent(this::remember);
        return chosen;
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
