package jp.shomu.ledger.ui.centre;

import java.nio.file.Path;
import jp.shomu.ledger.ui.common.DialogService;

/** The centre tab's dialogs: the common ones, and opening a written document with the program the PC uses for it. */
public interface CentreDialogs extends DialogService {
    /** Opens the file as a double-click would (Excel for a workbook). */
    void openFile(Path file);
}
