package jp.shomu.ledger.service.reports;

import java.util.Map;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.AccessLog;

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
        java.util.Set<String> sensitive = new java.util.TreeSet<>();
        ctx.catalog()
                .taskTypes()
                .forEach(t -> jp.shomu.ledger.service.FieldInput.fieldsOf(t).stream()
                        .filter(f -> f.sensitive() && jp.shomu.ledger.service.SensitiveData.maySee(who, f))
                        .forEach(f -> sensitive.add(f.key())));
        ctx.ledger().write(who.login(), tx -> {
            tx.audit("handover", bundleName, "引継ぎ資料の作成", null, Json.write(Map.of("bundle", bundleName)));
            // the bundle's full export is written from the copy taken next: its disclosure is recorded here, in the
            // live ledger, before the copy, so the copy's chain is the live chain and not a fork of it
            long cases = Sql.queryOne(tx.connection(), "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1))
                    .orElse(0L);
            java.util.List<String> shown = sensitive.isEmpty()
                    ? java.util.List.of()
                    : Sql.query(
                            tx.connection(),
                            "SELECT DISTINCT key FROM case_field WHERE key IN " + Sql.placeholders(sensitive.size())
                                    + " ORDER BY key",
                            rs -> rs.getString(1),
                            sensitive.toArray());
            if (cases > 0) {
                AccessLog.recordDisclosure(tx, "台帳出力(Excel)", "全件 引継ぎ資料 " + bundleName, cases, shown);
            }
            return null;
        });
    }
}
