package jp.shomu.ledger.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs every screen may open: messages, confirmations, file choosers and progress. A screen with dialogs of its
 * own extends this interface (caseform.CaseFormDialogs, output.OutputDialogs, main.MainDialogs). View models ask
 * through these interfaces, so their tests answer instead of a person and no native dialog opens in a test.
 */
public interface DialogService {
    void showError(String message);

    boolean confirm(String title, String message);

    /** Tells the person something went as asked (a file was written, work was cancelled). */
    void showInfo(String title, String message);

    /** Picks a file to read, offering the kind's filter. */
    Optional<Path> chooseOpenFile(String title, FileKind kind);

    /** Where to save an .xlsx file, suggesting {@code initialName}. */
    Optional<Path> chooseSaveFile(String title, String initialName);

    /** Picks a folder (for the handover bundle: an empty one, or a new one). */
    Optional<Path> chooseFolder(String title);

    /** Shows the progress dialog until the work ends (returns at once if it has ended already). */
    void showProgress(ProgressViewModel model);
}
