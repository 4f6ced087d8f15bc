package jp.shomu.ledger.service.tables;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.tables.BudgetRepository;

/**
 * 4-2 集約化経費執行実績 as a table: the fiscal year's budget lines, what was spent on each month by month, and the
 * month's 予算額 / 執行額 / 累計 / 残額 / 執行率 by line and by department.
 */
public final class BudgetService {
    /**
     * The month's lines and their split by department; {@code sources} are the budget lines of {@code lines}, in the
     * same order (their year and version, for changing them).
     */
    public record BudgetMonth(
            YearMonth month,
            List<BudgetMonthLine> lines,
            List<BudgetMonthLine> departments,
            List<BudgetLine> sources) {}

    private final LedgerContext ctx;

    public BudgetService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public long addLine(StaffMember actor, int fiscalYear, String code, String name, String department, long budget) {
        Permissions.require(actor, Action.EDIT_CASE);
        for (String t : List.of(code, name, department)) {
            FieldInput.requireText("予算の行", t == null ? "" : t);
        }
        BudgetLine line = new BudgetLine(0, fiscalYear, strip(code), strip(name), strip(department), budget, 1);
        return ctx.ledger().write(actor.login(), tx -> {
            if (BudgetRepository.line(tx.connection(), fiscalYear, line.code(), line.department())
                    .isPresent()) {
                throw new InvalidInputException("予算の行 " + line.label() + " はすでに登録されています");
            }
            return BudgetRepository.add(tx, line);
        });
    }

    /**
     * Changes a line's 経費種別・科目名 and 予算額 (補正・流用), last read at {@code expectedVersion}; someone else's change
     * in between is refused, never overwritten. Returns the new version.
     */
    public long changeLine(
            StaffMember actor,
            int fiscalYear,
            String code,
            String department,
            long expectedVersion,
            String name,
            long budget) {
        Permissions.require(actor, Action.EDIT_CASE);
        FieldInput.requireText("経費種別・科目名", strip(name));
        return ctx.ledger().write(actor.login(), tx -> {
            BudgetLine now = BudgetRepository.line(tx.connection(), fiscalYear, strip(code), strip(department))
                    .orElseThrow(() -> new InvalidInputException(
                            "予算科目 " + strip(code) + "(" + strip(department) + "、" + fiscalYear + "年度)は登録されていません"));
            BudgetLine changed = new BudgetLine(
                    now.id(), fiscalYear, now.code(), strip(name), now.department(), budget, expectedVersion);
            // a stale version is a conflict (below), whatever was typed
            if (now.version() == expectedVersion && changed.name().equals(now.name()) && budget == now.budget()) {
                throw new InvalidInputException("予算の行 " + now.label() + " の変更する内容がありません");
            }
            return BudgetRepository.change(tx, now.id(), expectedVersion, changed.name(), changed.budget());
        });
    }

    /** The fiscal year's lines (予算科目コード, 所属, 経費種別, 予算額 and version). */
    public List<BudgetLine> lines(StaffMember actor, int fiscalYear) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> BudgetRepository.ofYear(c, fiscalYear));
    }

    /** Sets the month's 執行額 of the line (予算科目コード and 所属) of the month's fiscal year. */
    public void spend(StaffMember actor, YearMonth month, String code, String department, long amount) {
        Permissions.require(actor, Action.EDIT_CASE);
        ctx.ledger().write(actor.login(), tx -> {
            int year = BudgetLine.fiscalYearOf(month);
            BudgetLine line = BudgetRepository.line(tx.connection(), year, strip(code), strip(department))
                    .orElseThrow(() -> new InvalidInputException("予算科目 " + strip(code) + "(" + strip(department) + "、"
                            + year + "年度)は登録されていません。先に予算の行を登録してください(budget line add)。"));
            BudgetRepository.spend(tx, line.id(), month, amount);
            return null;
        });
    }

    public BudgetMonth month(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            List<BudgetMonthLine> lines = new ArrayList<>();
            List<BudgetLine> sources = BudgetRepository.linesFor(c, BudgetLine.fiscalYearOf(month), month);
            for (BudgetLine l : sources) {
                lines.add(BudgetMonthLine.of(l, month, BudgetRepository.spends(c, l.id())));
            }
            Map<String, List<BudgetMonthLine>> byDepartment = new TreeMap<>();
            lines.forEach(l -> byDepartment
                    .computeIfAbsent(l.department(), d -> new ArrayList<>())
                    .add(l));
            List<BudgetMonthLine> split = new ArrayList<>();
            byDepartment.forEach((d, ls) -> split.add(BudgetMonthLine.sum(d, d, ls)));
            return new BudgetMonth(month, lines, split, sources);
        });
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
