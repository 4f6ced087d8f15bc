package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.Map;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Copier;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.domain.tables.UnitPrice;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.MeterWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.MeterImport;
import jp.shomu.ledger.service.tables.MeterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** 6-2 複合機: machines, monthly counter readings, the month's usage and charges (docs/TABLES.md). */
@Command(
        name = "meter",
        description = "複合機のカウンター検針(機器の登録・検針・訂正・月の使用枚数と使用料・所属別)",
        subcommands = {
            MeterCommand.Machine.class,
            MeterCommand.Add.class,
            MeterCommand.Correct.class,
            MeterCommand.ListMonth.class,
            MeterCommand.Departments.class,
            MeterCommand.Export.class,
            MeterCommand.Import.class
        })
final class MeterCommand {
    private MeterCommand() {}

    /** The month's counters as typed; picocli refuses what is not a whole number. */
    abstract static class Reading extends CaseCommand.Acting {
        @Option(names = "--machine", required = true, paramLabel = "ID", description = "機器番号")
        String machine;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "検針の月")
        String month;

        @Option(names = "--mono", required = true, paramLabel = "N", description = "モノクロのカウンター")
        long mono;

        @Option(names = "--colour", required = true, paramLabel = "N", description = "カラーのカウンター")
        long colour;

        @Option(names = "--replaced", description = "メーターを交換した(使用枚数を0から数える)")
        boolean replaced;

        Counts counts() {
            return new Counts(mono, colour);
        }
    }

    @Command(name = "add", description = "月の検針値を記録する(前回より小さい値は --replaced がなければ拒否)")
    static final class Add extends Reading {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new MeterService(ctx).read(me, machine, TableMonth.parse(month), counts(), replaced);
            out().println("機器 " + machine + " の " + month + " の検針値を記録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "correct", description = "記録済みの月の検針値を訂正する(--version は読んだときの版。古ければ終了コード3)")
    static final class Correct extends Reading {
        @Option(names = "--version", required = true, paramLabel = "N", description = "訂正する検針値の版")
        long version;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long now = new MeterService(ctx).correct(me, machine, TableMonth.parse(month), counts(), replaced, version);
            out().println("機器 " + machine + " の " + month + " の検針値を訂正しました(版 " + now + ")");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "月の使用枚数と使用料(機器番号<TAB>モノクロ枚数<TAB>カラー枚数<TAB>使用料(円))。未検針の機器は出さない")
    static final class ListMonth extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (MeterLine l : new MeterService(ctx).month(me, TableMonth.parse(month))) {
                if (l.usage().isPresent()) {
                    out().println(l.copier().code() + "\t" + l.pages().mono() + "\t"
                            + l.pages().colour() + "\t" + l.charge());
                }
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "departments", description = "月の使用料の所属別内訳(所属<TAB>使用料(円))")
    static final class Departments extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (Map.Entry<String, Long> e : new MeterService(ctx)
                    .byDepartment(me, TableMonth.parse(month))
                    .entrySet()) {
                out().println(e.getKey() + "\t" + e.getValue());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "export", description = "月の検針表を Excel(A4 横)に出力する。同じ形のまま import で取り込める")
    static final class Export extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "出力先(.xlsx)")
        Path out;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            MeterWorkbook.export(ctx, me, TableMonth.parse(month), out);
            out().println(out);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "import", description = "検針表(export の形の .xlsx)の今回の値を取り込む。誤りが1件でもあれば何も取り込まない")
    static final class Import extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "取り込む .xlsx")
        Path file;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new MeterImport(ctx).run(me, ImportFiles.open(file)).text());
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "machine",
            description = "複合機の登録・変更・一覧",
            subcommands = {Machine.AddMachine.class, Machine.Change.class, Machine.ListMachines.class})
    static final class Machine {
        private Machine() {}

        @Command(name = "add", description = "機器を登録する(検針の前に必要)")
        static final class AddMachine extends CaseCommand.Acting {
            @Option(names = "--machine", required = true, paramLabel = "ID", description = "機器番号")
            String machine;

            @Option(names = "--department", required = true, paramLabel = "TEXT", description = "設置所属(使用料の按分先)")
            String department;

            @Option(names = "--mono-price", required = true, paramLabel = "YEN", description = "モノクロ1枚の単価(円、例: 1.5)")
            String monoPrice;

            @Option(names = "--colour-price", required = true, paramLabel = "YEN", description = "カラー1枚の単価(円)")
            String colourPrice;

            @Option(names = "--start-mono", paramLabel = "N", description = "設置時のモノクロカウンター(既定 0)")
            long startMono;

            @Option(names = "--start-colour", paramLabel = "N", description = "設置時のカラーカウンター(既定 0)")
            long startColour;

            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                new MeterService(ctx)
                        .addMachine(
                                me, machine, department, monoPrice, colourPrice, new Counts(startMono, startColour));
                out().println("機器 " + machine + " を登録しました");
                return ExitCodes.DONE;
            }
        }

        @Command(name = "change", description = "設置所属・単価を変える(--version は読んだときの版)")
        static final class Change extends CaseCommand.Acting {
            @Option(names = "--machine", required = true, paramLabel = "ID")
            String machine;

            @Option(names = "--version", required = true, paramLabel = "N")
            long version;

            @Option(names = "--department", required = true, paramLabel = "TEXT")
            String department;

            @Option(names = "--mono-price", required = true, paramLabel = "YEN")
            String monoPrice;

            @Option(names = "--colour-price", required = true, paramLabel = "YEN")
            String colourPrice;

            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                long now =
                        new MeterService(ctx).changeMachine(me, machine, version, department, monoPrice, colourPrice);
                out().println("機器 " + machine + " を変更しました(版 " + now + ")");
                return ExitCodes.DONE;
            }
        }

        @Command(name = "list", description = "機器の一覧(機器番号<TAB>設置所属<TAB>モノクロ単価<TAB>カラー単価<TAB>版)")
        static final class ListMachines extends CaseCommand.Acting {
            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                for (Copier c : new MeterService(ctx).machines(me)) {
                    out().println(c.code() + "\t" + c.department() + "\t" + UnitPrice.yen(c.monoPriceSen()) + "\t"
                            + UnitPrice.yen(c.colourPriceSen()) + "\t" + c.version());
                }
                return ExitCodes.DONE;
            }
        }
    }
}
