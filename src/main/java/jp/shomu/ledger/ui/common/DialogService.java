package jp.shomu.ledger.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.caseform.CaseDrafts;
import jp.shomu.ledger.ui.check.DoubleCheckViewModel;
import jp.shomu.ledger.ui.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.flow.ReasonViewModel;
import jp.shomu.ledger.ui.output.ImportCasesViewModel;
import jp.shomu.ledger.ui.output.MonthlyReportViewModel;
import jp.shomu.ledger.ui.output.ProgressViewModel;

/**
 * Every dialog and file choice the workbench opens. View models ask through this interface, so their tests answer
 * instead of a person and no native dialog ever opens in a test.
 */
public interface DialogService {
    void showError(String message);

    boolean confirm(String title, String message);

    /** Shows the double-check dialog; true when the checker recorded a decision (read it from the model). */
    boolean showDoubleCheck(DoubleCheckViewModel model);

    /** Asks for a reason, an addressee or an answer; true when confirmed. */
    boolean showReason(ReasonViewModel model);

    ConflictViewModel.Resolution showConflict(ConflictViewModel model);

    /** Offers back a draft kept when a save could not reach the ledger: restore it, throw it away, or decide later. */
    CaseDrafts.Choice offerDraft(String message);

    /** Picks the 中区分 for a new case when none is selected. */
    Optional<TaskType> chooseTaskType(List<TaskType> types);

    /** Picks the ledger file to open (the file chooser). */
    Optional<Path> chooseLedgerFile();

    /** Tells the person something went as asked (a file was written, work was cancelled). */
    void showInfo(String title, String message);

    /** Where to save an .xlsx file, suggesting {@code initialName}. */
    Optional<Path> chooseSaveFile(String title, String initialName);

    /** Picks a folder (for the handover bundle: an empty one, or a new one). */
    Optional<Path> chooseFolder(String title);

    /** The month and options of a monthly report; true when confirmed. */
    boolean showMonthlyReport(MonthlyReportViewModel model);

    /** Picks a file to read (CSV or .xlsx, for the case import). */
    Optional<Path> chooseOpenFile(String title);

    /** Picks the saved column mapping of an import, the first (the standard template) preselected. */
    Optional<String> chooseImportMapping(List<String> names);

    /** Shows what an import would do; true when 取込む was pressed. */
    boolean showImportPreview(ImportCasesViewModel model);

    /** Shows the progress dialog until the work ends (returns at once if it has ended already). */
    void showProgress(ProgressViewModel model);
}
