package jp.shomu.ledger.ui.desk;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.DialogService;

/** The desk's dialogs: covering an absence (choose, preview, apply) and choosing whom to assign cases to. */
public interface DeskDialogs extends DialogService {
    /** Shows the cover dialog; true when the person applies the plan previewed in {@code model}. */
    boolean showCover(CoverViewModel model);

    /** Picks the person to assign {@code count} cases to. */
    Optional<StaffMember> chooseAssignee(List<StaffMember> people, int count);

    /** An assignment that lost the race: who changed the case, and reload or re-apply (the case form's dialog). */
    ConflictViewModel.Resolution showConflict(ConflictViewModel model);
}
