package jp.shomu.ledger.service;

import java.time.YearMonth;
import java.util.List;

import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.SlaTargetRepository;

/**
 * The SLA items and targets: read by whoever may make the monthly report, changed only by a leader or the manager.
 * A change is a new version that applies from a given month, so months already reported keep their targets.
 */
public final class SlaTargetService {
    private final LedgerContext ctx;

    public SlaTargetService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** The targets in force for {@code month}, or the built-in defaults (version 0) if none was saved for it. */
    public SlaTargets inForce(StaffMember viewer, YearMonth month) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        return ctx.ledger().read(c -> SlaTargetRepository.inForce(c, month)).orElse(SlaTargets.defaults());
    }

    /** Every saved version, oldest first (the defaults are not listed). */
    public List<SlaTargets> history(StaffMember viewer) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        return ctx.ledger().read(SlaTargetRepository::all);
    }

    /**
     * Saves {@code items} as a new version in force from {@code from} — last month at the earliest, so last month's
     * report can still be made with the new targets but months reported before it keep theirs. Returns the version.
     */
    public int save(StaffMember leader, YearMonth from, List<SlaItem> items) {
        Permissions.require(leader, Action.MONTHLY_REPORT);
        if (!leader.role().isLeaderOrAbove()) {
            throw new PermissionDeniedException("SLA の項目と目標値を変更できるのは業務責任者と管理責任者です。");
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("SLA の項目が1つもありません");
        }
        YearMonth earliest = YearMonth.from(ctx.today()).minusMonths(1);
        if (from.isBefore(earliest)) {
            throw new InvalidInputException(from + " からの適用はできません。報告を済ませた月の目標は変えず、"
                    + earliest + "(先月)以降の月を指定してください。");
        }
        SlaTargets checked = new SlaTargets(0, from, null, leader.login(), items);
        for (SlaItem item : checked.items()) {
            FieldInput.requireText("SLA の項目名", item.name());
            if (item.name().length() > 40) {
                throw new InvalidInputException("SLA の項目名は40文字以内にしてください: " + item.name());
            }
        }
        return ctx.ledger().write(leader.login(), tx -> SlaTargetRepository.add(tx, from, items));
    }
}
