package jp.shomu.ledger.service.reports;

import java.util.Map;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Json;

/**
 * The contract-end handover: everything in the ledger, personal data included, leaves on a medium. Only the
 * 管理責任者 may do it, and the audit trail records who made which bundle before the ledger is copied, so the copy
 * carries the record of its own handover.
 */
public final class HandoverService {
    private final LedgerContext ctx;

    public HandoverService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public void recordHandover(StaffMember who, String bundleName) {
        Permissions.require(who, Action.EXPORT);
        if (who.role() != Role.MANAGER) {
            throw new PermissionDeniedException(
                    "引継ぎ資料の作成は管理責任者だけができます(" + who.role().label() + "の権限ではできません)。");
        }
        ctx.ledger().write(who.login(), tx -> {
            tx.audit("handover", bundleName, "引継ぎ資料の作成", null, Json.write(Map.of("bundle", bundleName)));
            return null;
        });
    }
}
