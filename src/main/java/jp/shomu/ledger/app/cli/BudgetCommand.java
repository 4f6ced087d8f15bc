package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.BudgetWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.BudgetCsvImport;
import jp.shomu.ledger.service.tables.BudgetImport;
import jp.shomu.ledger.service.tables.BudgetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** 4-2 集約化経費: budget lines, monthly spending, the financial system's CSV (docs/TABLES.md). */
@Command(
        name = "budget",
        description = "集約化経費の執行実績(予算の行・月の執行額・財務会計システムの CSV・所属別)",
        subcommands = {
            BudgetCommand.AddLine.class,
            BudgetCommand.ChangeLine.class,
            BudgetCommand.Lines.class,
            BudgetCommand.Spend.class,
            BudgetCommand.ListMonth.class,
            BudgetCommand.Departments.class,
            BudgetCommand.ImportCsv.class,
            BudgetCommand.Export.class,
            BudgetCommand.Import.class
        })
final class BudgetCommand {
    private BudgetCommand() {}

    @Command(name = "line", description = "年度の予算の行(予算科目 × 所属)を登録する")
    static final class AddLine extends CaseCommand.Acting {
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度(西暦)")
        int year;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "予算科目コード")
        String code;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "経費種別・科目名")
        String name;

        @Option(names = "--department", required = true, paramLabel = "TEXT")
        String department;

        @Option(names = "--budget", required = true, paramLabel = "YEN", description = "予算額(円)")
        long budget;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new BudgetService(ctx).addLine(me, year, code, name, department, budget);
            out().println("予算の行 " + code + "(" + department + "、" + year + "年度)を登録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "change-line", description = "予算の行の経費種別・予算額を変える(補正・流用。--version は読んだときの版、古ければ終了コード3)")
    static final class ChangeLine extends CaseCommand.Acting {
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度(西暦)")
        int year;

        @Option(names = "--code", required = true, paramLabel = "CODE", description = "予算科目コード")
        String code;

        @Option(names = "--department", required = true, paramLabel = "TEXT")
        String department;

        @Option(names = "--version", required = true, paramLabel = "N", description = "予算の行の版(budget lines)")
        long version;

        @Option(names = "--name", paramLabel = "TEXT", description = "経費種別・科目名(省略: いまのまま)")
        String name;

        @Option(names = "--budget", paramLabel = "YEN", description = "予算額(円、省略: いまのまま)")
        Long budget;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            BudgetService budgets = new BudgetService(ctx);
            BudgetLine now = budgets.lines(me, year).stream()
                    .filter(l -> l.code().equals(code.strip()) && l.department().equals(department.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "予算科目 " + code.strip() + "(" + department.strip() + "、" + year + "年度)は登録されていません"));
            long done = budgets.changeLine(
                    me,
                    year,
                    code,
                    department,
                    version,
                    name == null ? now.name() : name,
                    budget == null ? now.budget() : budget);
            out().println("予算の行 " + now.code() + "(" + now.department() + "、" + year + "年度)を変更しました(版 " + done + ")");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "lines", description = "年度の予算の行(予算科目<TAB>経費種別<TAB>所属<TAB>予算額<TAB>版)")
    static final class Lines extends CaseCommand.Acting {
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度(西暦)")
        int year;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (BudgetLine l : new BudgetService(ctx).lines(me, year)) {
                out().println(l.code() + "\t" + l.name() + "\t" + l.department() + "\t" + l.budget() + "\t"
                        + l.version());
            }
            return ExitCodes.DONE;
        }
    }

    abstract static class InMonth extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;
    }

    @Command(name = "spend", description = "予算の行の月の執行額を記録する(置き換え)")
    static final class Spend extends InMonth {
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;

        @Option(names = "--department", required = true, paramLabel = "TEXT")
        String department;

        @Option(names = "--amount", required = true, paramLabel = "YEN", description = "執行額(円、戻入は負)")
        long amount;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new BudgetService(ctx).spend(me, TableMonth.parse(month), code, department, amount);
            out().println(code + "(" + department + ")の " + month + " の執行額を記録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "月の執行実績(予算科目<TAB>経費種別<TAB>所属<TAB>予算額<TAB>当月<TAB>累計<TAB>残額<TAB>執行率%)")
    static final class ListMonth extends InMonth {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (BudgetMonthLine l :
                    new BudgetService(ctx).month(me, TableMonth.parse(month)).lines()) {
                out().println(l.code() + "\t" + l.name() + "\t" + l.department() + "\t" + amounts(l));
            }
            return ExitCodes.DONE;
        }
    }

    static String amounts(BudgetMonthLine l) {
        return l.budget() + "\t" + l.month() + "\t" + l.cumulative() + "\t" + l.remaining() + "\t"
                + l.rate().map(r -> r.toPlainString()).orElse("—");
    }

    @Command(name = "departments", description = "月の所属別の内訳(所属<TAB>予算額<TAB>当月<TAB>累計<TAB>残額<TAB>執行率%)")
    static final class Departments extends InMonth {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (BudgetMonthLine d :
                    new BudgetService(ctx).month(me, TableMonth.parse(month)).departments()) {
                out().println(d.department() + "\t" + amounts(d));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "import-csv", description = "財務会計システムの支払データ(CSV)を取り込む。誤りが1件でもあれば何も取り込まない")
    static final class ImportCsv extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new BudgetCsvImport(ctx).run(me, ImportFiles.open(file)));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "export", description = "月の執行実績を Excel(A4 横)に出力する")
    static final class Export extends InMonth {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            BudgetWorkbook.export(ctx, me, TableMonth.parse(month), out);
            out().println(out);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "import", description = "export の形の .xlsx から当月の執行額を取り込む。誤りが1件でもあれば何も取り込まない")
    static final class Import extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new BudgetImport(ctx).run(me, ImportFiles.open(file)));
            return ExitCodes.DONE;
        }
    }
}
