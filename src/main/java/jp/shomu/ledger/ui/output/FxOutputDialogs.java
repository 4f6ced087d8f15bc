package jp.shomu.ledger.ui.output;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;

/** The 帳票 menu's dialogs as JavaFX dialogs, shown through the window's dialog service. */
public final class FxOutputDialogs {
    private final Function<Dialog<?>, Optional<?>> show;

    /** @param show shows a dialog in front of the window and returns its answer */
    public FxOutputDialogs(Function<Dialog<?>, Optional<?>> show) {
        this.show = show;
    }

    public boolean showMonthlyReport(MonthlyReportViewModel model) {
        return show.apply(new MonthlyReportDialog(model))
                .filter(b -> b == MonthlyReportDialog.CREATE)
                .isPresent();
    }

    public Optional<String> chooseImportMapping(List<String> names) {
        return show.apply(new ImportMappingDialog(names)).map(String.class::cast);
    }

    public boolean showImportPreview(ImportCasesViewModel model) {
        return show.apply(new ImportPreviewDialog(model))
                .filter(b -> b == ImportPreviewDialog.IMPORT)
                .isPresent();
    }
}
