package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableDueRecompute;

/**
 * After {@code calendar import-holidays} or {@code calendar override}: the deliverables' due dates computed in
 * business days follow the new calendar at once (unlike the cases', which are previewed with calendar recompute);
 * each move is told on the error stream.
 */
final class DeliverableDuesFollow {
    private DeliverableDuesFollow() {}

    static void calendarChanged(LedgerContext ctx, StaffMember me, PrintWriter err) {
        if (!Permissions.allows(me.role(), Action.CENTRE_RECORDS)) {
            return;
        }
        for (DeliverableDueRecompute.Change c : new DeliverableDueRecompute(ctx).apply(me)) {
            err.println("提出物の期日を変更しました: " + c.id() + " " + c.name() + " " + c.period() + " " + c.oldDue() + " → "
                    + c.newDue());
        }
    }
}
