package jp.shomu.ledger.ui.main;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.caseform.FxCaseFormDialogs;
import jp.shomu.ledger.ui.output.FxOutputDialogs;
import jp.shomu.ledger.ui.output.ImportCasesViewModel;
import jp.shomu.ledger.ui.output.MonthlyReportViewModel;

/** The main window's dialogs as JavaFX dialogs; the 帳票 menu's come from {@link FxOutputDialogs}. */
public final class FxMainDialogs extends FxCaseFormDialogs implements MainDialogs {
    private final FxOutputDialogs outputs = new FxOutputDialogs(this::show);
    private final jp.shomu.ledger.ui.desk.FxDeskDialogs desk = new jp.shomu.ledger.ui.desk.FxDeskDialogs(this::show);

    @Override
    public boolean showCover(jp.shomu.ledger.ui.desk.CoverViewModel model) {
        return desk.showCover(model);
    }

    @Override
    public Optional<jp.shomu.ledger.domain.staff.StaffMember> chooseAssignee(
            List<jp.shomu.ledger.domain.staff.StaffMember> people, int count) {
        return desk.chooseAssignee(people, count);
    }

    @Override
    public Optional<TaskType> chooseTaskType(List<TaskType> types) {
        return show(new TypeChooserDialog(types));
    }

    @Override
    public boolean showMonthlyReport(MonthlyReportViewModel model) {
        return outputs.showMonthlyReport(model);
    }

    @Override
    public Optional<String> chooseImportMapping(List<String> names) {
        return outputs.chooseImportMapping(names);
    }

    @Override
    public boolean showImportPreview(ImportCasesViewModel model) {
        return outputs.showImportPreview(model);
    }

    /** Opens the file with the PC's program for it, off the JavaFX thread (Excel may take a while to start). */
    @Override
    public void openFile(java.nio.file.Path file) {
        Thread t = new Thread(
                () -> {
                    try {
                        java.awt.Desktop.getDesktop().open(file.toFile());
                    } catch (java.io.IOException | UnsupportedOperationException e) {
                        // no program for .xlsx (IOException), or no desktop to ask (HeadlessException is one of these):
                        // the file is written either way, so the user is told where it is
                        javafx.application.Platform.runLater(() -> showError(
                                jp.shomu.ledger.ui.common.Messages.format("centre.openFailed", file.toString())));
                    }
                },
                "open-file");
        t.setDaemon(true);
        t.start();
    }
}
