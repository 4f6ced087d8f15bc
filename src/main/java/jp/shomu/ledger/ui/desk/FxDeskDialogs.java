package jp.shomu.ledger.ui.desk;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import jp.shomu.ledger.domain.staff.StaffMember;

/** The desk's dialogs as JavaFX dialogs, shown through the window's dialog service. */
public final class FxDeskDialogs {
    private final Function<Dialog<?>, Optional<?>> show;

    public FxDeskDialogs(Function<Dialog<?>, Optional<?>> show) {
        this.show = show;
    }

    public boolean showCover(CoverViewModel model) {
        return show.apply(new CoverDialog(model))
                .filter(b -> b == CoverDialog.APPLY)
                .isPresent();
    }

    public Optional<StaffMember> chooseAssignee(List<StaffMember> people, int count) {
        return show.apply(new AssigneeDialog(people, count)).map(StaffMember.class::cast);
    }
}
