package jp.shomu.ledger.service.settings;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.SlaTargetsJson;

/**
 * The SLA items and targets the monthly report judges against. A change is proposed by a leader or the manager and
 * takes effect only when another one approves it ({@link ChangeService}, kind SLA_TARGETS); each approved version
 * applies from a given month, so months already reported keep their targets.
 */
public final class SlaTargetService {
    private final LedgerContext ctx;

    public SlaTargetService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The targets in force for {@code month}: of the approved versions applying from that month or earlier, the one
     * with the latest month (of equal months, the newest); the built-in defaults (version 0) if there is none.
     */
    public SlaTargets inForce(StaffMember viewer, YearMonth month) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        return ctx.ledger().read(SlaTargetsJson::approved).stream()
                .filter(t -> !t.effectiveFrom().isAfter(month))
                .max(Comparator.comparing(SlaTargets::effectiveFrom).thenComparingInt(SlaTargets::version))
                .orElse(SlaTargets.defaults());
    }

    /** Every approved version, oldest first (the defaults are not listed). */
    public List<SlaTargets> history(StaffMember viewer) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        return ctx.ledger().read(SlaTargetsJson::approved);
    }

    /**
     * Proposes {@code items} as a new version in force from {@code from} — last month at the earliest, so last
     * month's report can still be made with them but months reported before it keep theirs. Returns the proposal's
     * number; another leader or the manager approves it with {@link ChangeService#approve}.
     */
    public long propose(StaffMember leader, YearMonth from, List<SlaItem> items, String summary) {
        Permissions.require(leader, Action.PROPOSE_CHANGE);
        YearMonth earliest = YearMonth.from(ctx.today()).minusMonths(1);
        if (from.isBefore(earliest)) {
            throw new InvalidInputException(from + " からの適用はできません。報告を済ませた月の目標は変えず、" + earliest + "(先月)以降の月を指定してください。");
        }
        for (SlaItem item : items) {
            FieldInput.requireText("SLA の項目名", item.name());
            if (item.name().length() > 40) {
                throw new InvalidInputException("SLA の項目名は40文字以内にしてください: " + item.name());
            }
        }
        String json = SlaTargetsJson.toJson(from, items);
        SlaTargetsJson.parse(json, 0, null, "");
        return new ChangeService(ctx)
                .propose(
                        leader,
                        ChangeKind.SLA_TARGETS,
                        summary == null || summary.isBlank() ? "SLA 目標の変更(" + from + "から)" : summary,
                        json);
    }
}
