package jp.shomu.ledger.ui.output;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.ui.common.DialogService;

/** The dialogs of the 帳票 menu: the monthly report's options, the import's mapping and preview. */
public interface OutputDialogs extends DialogService {
    /** The month and options of a monthly report; true when confirmed. */
    boolean showMonthlyReport(MonthlyReportViewModel model);

    /** Picks the saved column mapping of an import, the first (the standard template) preselected. */
    Optional<String> chooseImportMapping(List<String> names);

    /** Shows what an import would do; true when 取込む was pressed. */
    boolean showImportPreview(ImportCasesViewModel model);
}
