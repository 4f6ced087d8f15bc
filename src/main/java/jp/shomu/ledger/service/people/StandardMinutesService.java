package jp.shomu.ledger.service.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.forecast.MinutesComparison;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.store.people.ForecastQueries;
import jp.shomu.ledger.store.settings.CatalogJson;

/**
 * Standard minutes that learn (issue 17 §5): per task type, what completed cases actually took against the catalog's
 * standard, and — where they differ by the rule of {@link MinutesComparison} — a catalog change proposing the actual
 * figure, which a second leader approves like any catalog change.
 */
public final class StandardMinutesService {
    private final LedgerContext ctx;

    public StandardMinutesService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Every task type of the catalog in force, in catalog order, with completed cases since {@code since}. */
    public List<MinutesComparison> compare(StaffMember actor, LocalDate since) {
        Permissions.require(actor, Action.READ_CASES);
        Map<String, long[]> actual = ctx.ledger().read(c -> ForecastQueries.completedCaseMinutes(c, since));
        List<MinutesComparison> result = new ArrayList<>();
        for (TaskType t : ctx.catalog().taskTypes()) {
            long[] a = actual.getOrDefault(t.code(), new long[2]);
            result.add(new MinutesComparison(t.code(), t.standardMinutes(), a[0], a[1]));
        }
        return result;
    }

    /**
     * Proposes the actual minutes of {@code typeCode} as its new standard, as a catalog change awaiting a second
     * person's approval; returns the proposal's number. Refused where the rule does not call for a change.
     */
    public long propose(StaffMember actor, String typeCode, LocalDate since) {
        Permissions.require(actor, Action.PROPOSE_CHANGE);
        Catalog catalog = ctx.catalog();
        TaskType type = catalog.taskType(typeCode)
                .orElseThrow(() -> new InvalidInputException("中区分「" + typeCode + "」は業務カタログにありません"));
        MinutesComparison m = compare(actor, since).stream()
                .filter(x -> x.typeCode().equals(type.code()))
                .findFirst()
                .orElseThrow();
        if (!m.differs()) {
            throw new InvalidInputException(type.code() + " の実績(" + m.cases() + "件、1件" + m.actual() + "分)は標準"
                    + m.standard() + "分との差が提案の基準(" + MinutesComparison.MIN_CASES + "件以上で±"
                    + MinutesComparison.THRESHOLD_PERCENT + "%以上)に届きません");
        }
        List<TaskType> types = catalog.taskTypes().stream()
                .map(t -> t.code().equals(type.code()) ? t.withMeasuredMinutes((int) m.actual()) : t)
                .toList();
        Catalog proposed = catalog.withTaskTypes(types);
        String summary = type.code() + " " + type.name() + " の標準処理時間を " + m.standard() + "分から" + m.actual() + "分に("
                + since + " 以降に完了した " + m.cases() + "件の実績、比 " + m.ratioText() + ")";
        return new ChangeService(ctx).propose(actor, ChangeKind.CATALOG, summary, CatalogJson.toJson(proposed));
    }
}
