package jp.shomu.ledger.ui.output;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.imports.CaseImport;
import jp.shomu.ledger.service.imports.ImportPreview;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.PlannedCase;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.ProgressViewModel;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * 案件の取込み for one file and mapping: the dry run behind the progress dialog, the preview, then — only when no row
 * has a problem and 取込む is pressed — the import itself, all rows or none, with progress and 取消.
 */
public final class ImportCasesViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final OutputDialogs dialogs;
    private final Path file;
    private final String mapping;
    private ImportPreview preview;

    public ImportCasesViewModel(
            Session session, TaskExecutor executor, OutputDialogs dialogs, Path file, String mapping) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.file = file;
        this.mapping = mapping;
    }

    /** Checks every row in the background, then shows the preview; imports if the person presses 取込む. */
    public void start() {
        StaffMember me = session.user();
        ProgressViewModel p = progress();
        p.runThen(false, () -> CaseImport.preview(session.context(), me, file, mapping, p), this::previewed);
    }

    private void previewed(ImportPreview result) {
        preview = result;
        if (dialogs.showImportPreview(this) && canImport()) {
            importCases();
        }
    }

    private void importCases() {
        StaffMember me = session.user();
        ProgressViewModel p = progress();
        p.run(
                false,
                () -> CaseImport.run(session.context(), me, file, mapping, p),
                result -> Messages.format("import.done", Long.toString(result.cases())));
    }

    private ProgressViewModel progress() {
        return new ProgressViewModel(Messages.get("import.title"), executor, dialogs);
    }

    // What the preview dialog shows

    public ImportPreview preview() {
        return preview;
    }

    public boolean hasProblems() {
        return !preview.ok();
    }

    /** 取込む is enabled only when every row is good and there is something to import. */
    public boolean canImport() {
        return preview.ok() && preview.cases() > 0;
    }

    public String summary() {
        if (hasProblems()) {
            return Messages.format(
                    "import.preview.problems",
                    Long.toString(preview.problemCount()),
                    Long.toString(preview.rowsWithProblems()));
        }
        return canImport()
                ? Messages.format("import.preview.ok", Long.toString(preview.cases()))
                : Messages.get("import.preview.empty");
    }

    /** The first rows as they would be registered. */
    public List<PlannedCase> sample() {
        return preview.sample();
    }

    /** Every problem listed (the first {@value ImportPreview#MAX_PROBLEMS}) with its row, column and reason. */
    public List<ImportProblem> problems() {
        return preview.problems();
    }
}
