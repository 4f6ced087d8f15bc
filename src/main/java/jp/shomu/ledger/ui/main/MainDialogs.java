package jp.shomu.ledger.ui.main;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.ui.caseform.CaseFormDialogs;
import jp.shomu.ledger.ui.centre.CentreDialogs;
import jp.shomu.ledger.ui.desk.DeskDialogs;
import jp.shomu.ledger.ui.output.OutputDialogs;

/** The main window's dialogs: its own (the type chooser) and those of the case forms and menus it opens. */
public interface MainDialogs extends CaseFormDialogs, OutputDialogs, DeskDialogs, CentreDialogs {
    /** Picks the 中区分 for a new case when none is selected. */
    Optional<TaskType> chooseTaskType(List<TaskType> types);
}
