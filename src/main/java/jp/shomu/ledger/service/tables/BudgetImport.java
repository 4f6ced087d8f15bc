package jp.shomu.ledger.service.tables;

import java.util.HashSet;
import java.util.Set;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.domain.tables.BudgetSheet;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.tables.BudgetRepository;

/**
 * Takes a 4-2 sheet back in (the layout of the export): each row's 当月の執行額 becomes the line's spending for the
 * sheet's month. Lines are found by 予算科目コード and 所属 in the month's fiscal year. One bad row writes nothing.
 */
public final class BudgetImport {
    private final LedgerContext ctx;

    public BudgetImport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public String run(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.EDIT_CASE);
        RowErrors errors = new RowErrors(source.name());
        TableSheetReader.Sheet sheet = TableSheetReader.read(source, errors, BudgetSheet.HEADERS);
        errors.throwIfAny();
        int year = BudgetLine.fiscalYearOf(sheet.month());
        return ctx.ledger().write(actor.login(), tx -> {
            Set<String> seen = new HashSet<>();
            int n = 0;
            for (TableSheetReader.Row row : sheet.rows()) {
                String code = row.cell(BudgetSheet.CODE);
                String department = row.cell(BudgetSheet.DEPARTMENT);
                var line = BudgetRepository.line(tx.connection(), year, code, department);
                if (line.isEmpty() && sheet.month().getMonthValue() <= 5) {
                    // 出納整理期間: April and May also show the year before's lines
                    line = BudgetRepository.line(tx.connection(), year - 1, code, department);
                }
                if (line.isEmpty()) {
                    errors.add(
                            row.number(),
                            BudgetSheet.CODE,
                            "予算科目 " + code + "(" + department + "、" + year + "年度)は登録されていません");
                } else if (!seen.add(code + "\t" + department)) {
                    errors.add(row.number(), BudgetSheet.CODE, "予算科目 " + code + "(" + department + ")が2回あります");
                } else {
                    String text = row.cell(BudgetSheet.MONTH_SPENT).replace(",", "");
                    if (!text.matches("-?\\d{1,13}")) {
                        errors.add(row.number(), BudgetSheet.MONTH_SPENT, "当月の執行額は円単位の整数で入力してください(「" + text + "」)");
                    } else {
                        BudgetRepository.spend(tx, line.get().id(), sheet.month(), Long.parseLong(text));
                        n++;
                    }
                }
            }
            errors.throwIfAny();
            return "当月の執行額 " + n + " 行を取り込みました";
        });
    }
}
