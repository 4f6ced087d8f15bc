package jp.shomu.ledger.report.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.domain.tables.BudgetSheet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.BudgetService;

/** The 4-2 month as a printable sheet: every budget line's month, the totals, then the split by department. */
public final class BudgetWorkbook {
    private BudgetWorkbook() {}

    public static void export(LedgerContext ctx, StaffMember viewer, YearMonth month, Path out) {
        BudgetService.BudgetMonth m = new BudgetService(ctx).month(viewer, month);
        List<List<Object>> lines = new ArrayList<>();
        for (BudgetMonthLine l : m.lines()) {
            List<Object> row = new ArrayList<>(List.of(l.code(), l.name(), l.department()));
            row.addAll(amounts(l));
            lines.add(row);
        }
        BudgetMonthLine total = BudgetMonthLine.sum("", "", m.lines());
        List<Object> totals = new ArrayList<>(List.of("", "", ""));
        totals.addAll(amounts(total));
        List<List<Object>> split = new ArrayList<>();
        for (BudgetMonthLine d : m.departments()) {
            List<Object> row =
                    new ArrayList<>(List.of(d.department(), d.budget(), d.month(), d.cumulative(), d.remaining()));
            row.add(rate(d));
            split.add(row);
        }
        TableWorkbook.write(
                out,
                "集約化経費 執行実績",
                month,
                List.of(
                        new TableWorkbook.Block("予算の行ごとの執行(円、執行率は小数第1位を四捨五入)", BudgetSheet.HEADERS, lines, totals),
                        new TableWorkbook.Block(
                                "所属別の内訳",
                                BudgetSheet.SPLIT_HEADERS,
                                split,
                                List.of(
                                        "",
                                        total.budget(),
                                        total.month(),
                                        total.cumulative(),
                                        total.remaining(),
                                        rate(total)))));
    }

    private static List<Object> amounts(BudgetMonthLine l) {
        return List.of(l.budget(), l.before(), l.month(), l.cumulative(), l.remaining(), rate(l));
    }

    private static Object rate(BudgetMonthLine l) {
        return l.rate().<Object>map(r -> r).orElse("—");
    }
}
