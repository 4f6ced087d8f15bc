package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Copier;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterHistory;
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

        @Option(names = "--replaced", description = "メーターを交換した(使用枚数を新しいメーターの開始カウンターから数える)")
        boolean replaced;

        @Option(names = "--new-start-mono", paramLabel = "N", description = "交換した新しいメーターのモノクロ開始カウンター(既定 0)")
        Long newStartMono;

        @Option(names = "--new-start-colour", paramLabel = "N", description = "交換した新しいメーターのカラー開始カウンター(既定 0)")
        Long newStartColour;

        Counts counts() {
            return new Counts(mono, colour);
        }

        /** The new meter's start counters as given (null: none given). */
        Counts newStart() {
            if (newStartMono == null && newStartColour == null) {
                return null;
            }
            if (!replaced) {
                throw new InvalidInputException("--new-start-mono / --new-start-colour は --replaced と一緒に指定してください");
            }
            return new Counts(newStartMono == null ? 0 : newStartMono, newStartColour == null ? 0 : newStartColour);
        }
    }

    @Command(name = "add", description = "月の検針値を記録する(前回より小さい値は --replaced がなければ拒否)")
    static final class Add extends Reading {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            Counts start = newStart();
            new MeterService(ctx)
                    .read(
                            me,
                            machine,
                            TableMonth.parse(month),
                            counts(),
                            replaced,
                            start == null ? Counts.ZERO : start);
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
            long now = new MeterService(ctx)
                    .correct(me, machine, TableMonth.parse(month), counts(), replaced, newStart(), version);
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
            description = "複合機の登録・変更・撤去・一覧",
            subcommands = {
                Machine.AddMachine.class,
                Machine.Change.class,
                Machine.Retire.class,
                Machine.ListMachines.class
            })
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

        @Command(
                name = "change",
                description =
                        "機器番号を変える、または設置所属・単価を --from の月から変える(それより前の月の使用料は変わらない。" + "--version は読んだときの版、古ければ終了コード3)")
        static final class Change extends CaseCommand.Acting {
            @Option(names = "--machine", required = true, paramLabel = "ID")
            String machine;

            @Option(names = "--version", required = true, paramLabel = "N", description = "機器の版(meter machine list)")
            long version;

            @Option(names = "--new-machine", paramLabel = "ID", description = "新しい機器番号")
            String newMachine;

            @Option(names = "--from", paramLabel = "YYYY-MM", description = "設置所属・単価を適用する最初の月(検針済みの月より後)")
            String from;

            @Option(names = "--department", paramLabel = "TEXT", description = "設置所属(省略: いまのまま)")
            String department;

            @Option(names = "--mono-price", paramLabel = "YEN", description = "モノクロ1枚の単価(省略: いまのまま)")
            String monoPrice;

            @Option(names = "--colour-price", paramLabel = "YEN", description = "カラー1枚の単価(省略: いまのまま)")
            String colourPrice;

            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                MeterService meters = new MeterService(ctx);
                YearMonth month = from == null ? null : TableMonth.parse(from);
                Copier now = meters.machines(me).stream()
                        .filter(h -> h.copier().code().equals(machine.strip()))
                        .map(h -> month == null ? h.latest() : h.copierIn(month))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("機器 " + machine.strip() + " は登録されていません"));
                long done = meters.changeMachine(
                        me,
                        machine,
                        version,
                        newMachine == null ? now.code() : newMachine,
                        month,
                        department == null ? now.department() : department,
                        monoPrice == null ? UnitPrice.yen(now.monoPriceSen()) : monoPrice,
                        colourPrice == null ? UnitPrice.yen(now.colourPriceSen()) : colourPrice);
                out().println("機器 " + machine + " を変更しました(版 " + done + ")");
                return ExitCodes.DONE;
            }
        }

        @Command(name = "retire", description = "機器を --from の月から撤去する(その月から表に出ない。それより前の月はそのまま。検針済みの月は指定できない)")
        static final class Retire extends CaseCommand.Acting {
            @Option(names = "--machine", required = true, paramLabel = "ID")
            String machine;

            @Option(names = "--version", required = true, paramLabel = "N", description = "機器の版(meter machine list)")
            long version;

            @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "撤去した月(この月から検針しない)")
            String from;

            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                long done = new MeterService(ctx).retireMachine(me, machine, version, TableMonth.parse(from));
                out().println("機器 " + machine + " を " + from + " から撤去しました(版 " + done + ")");
                return ExitCodes.DONE;
            }
        }

        @Command(
                name = "list",
                description = "機器の一覧(機器番号<TAB>設置所属<TAB>モノクロ単価<TAB>カラー単価<TAB>版<TAB>撤去した月)。所属・単価はいまの(最後に変えた)もの")
        static final class ListMachines extends CaseCommand.Acting {
            @Override
            Integer run(LedgerContext ctx, StaffMember me) {
                for (MeterHistory h : new MeterService(ctx).machines(me)) {
                    Copier c = h.latest();
                    out().println(c.code() + "\t" + c.department() + "\t" + UnitPrice.yen(c.monoPriceSen()) + "\t"
                            + UnitPrice.yen(c.colourPriceSen()) + "\t" + c.version() + "\t"
                            + h.retiredFrom().map(YearMonth::toString).orElse(""));
                }
                return ExitCodes.DONE;
            }
        }
    }
}
