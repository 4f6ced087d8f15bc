package jp.shomu.ledger.service.tables;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.tables.TableCaseRepository;

/**
 * The month-end work of a table (4-2, 6-1, 6-2) stays a case, with its checklist, double check and SLA: one case per
 * table and month, made the first time it is asked for and found again after. The case carries the month in its
 * subject and fields, and the ledger keeps which table month it belongs to.
 */
public final class MonthEndCases {
    private final LedgerContext ctx;

    public MonthEndCases(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** The case of {@code typeCode}'s table for {@code month}, made now if there is none yet; its id. */
    public long open(StaffMember actor, String typeCode, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        Optional<Long> existing = ctx.ledger().read(c -> TableCaseRepository.caseOf(c, typeCode, month));
        if (existing.isPresent()) {
            return existing.get();
        }
        Permissions.require(actor, Action.CREATE_CASE);
        TaskType type = ctx.catalog()
                .taskType(typeCode)
                .filter(TaskType::tableWork)
                .orElseThrow(() -> new InvalidInputException(typeCode + " は表で扱う業務ではありません"));
        return ctx.ledger().write(actor.login(), tx -> {
            Optional<Long> raced = TableCaseRepository.caseOf(tx.connection(), typeCode, month);
            if (raced.isPresent()) {
                return raced.get();
            }
            long id = new CaseService(ctx)
                    .create(
                            tx,
                            actor,
                            ctx.catalog().version(),
                            type,
                            Wareki.formatMonth(month) + "分 " + type.name() + "の月末処理",
                            fields(typeCode, month));
            TableCaseRepository.link(tx, typeCode, month, id);
            return id;
        });
    }

    /** The table and month a case was made for ("6-2 2027-04"), if it was. */
    public Optional<String> tableOf(StaffMember actor, long caseId) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> TableCaseRepository.monthOf(c, caseId));
    }

    private static Map<String, String> fields(String typeCode, YearMonth month) {
        String monthEnd = month.atEndOfMonth().toString();
        return switch (typeCode) {
            case "6-2" ->
                Map.of(
                        "caseKind",
                        "月次検針",
                        "deviceNo",
                        "全台(検針表 " + month + ")",
                        "location",
                        "全所属",
                        "readingDate",
                        monthEnd);
            case "6-1" -> Map.of("caseKind", "月次後納確認", "postedOn", monthEnd);
            default -> Map.of("targetMonth", month.toString());
        };
    }
}
