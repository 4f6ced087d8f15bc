package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.PostageLine;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.StampWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.StampImport;
import jp.shomu.ledger.service.tables.StampService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** 6-1 郵便: the stamp register, its month-end count and the postage by department (docs/TABLES.md). */
@Command(
        name = "stamp",
        description = "切手受払簿(受入・払出・実査・月の残高と差異)と所属別の郵便料",
        subcommands = {
            StampCommand.Receive.class,
            StampCommand.Issue.class,
            StampCommand.Count.class,
            StampCommand.ListMonth.class,
            StampCommand.SetPostage.class,
            StampCommand.Departments.class,
            StampCommand.Export.class,
            StampCommand.Import.class
        })
final class StampCommand {
    private StampCommand() {}

    abstract static class InMonth extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;
    }

    abstract static class Stamps extends InMonth {
        @Option(names = "--denomination", required = true, paramLabel = "YEN", description = "額面(円)")
        long denomination;
    }

    @Command(name = "receive", description = "切手の受入れを記帳する")
    static final class Receive extends Stamps {
        @Option(names = "--quantity", required = true, paramLabel = "N", description = "枚数")
        long quantity;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new StampService(ctx).receive(me, TableMonth.parse(month), denomination, quantity);
            out().println(denomination + "円切手 " + quantity + "枚の受入れを記帳しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "issue", description = "切手の払出しを所属ごとに記帳する(残高を超える払出しは拒否)")
    static final class Issue extends Stamps {
        @Option(names = "--quantity", required = true, paramLabel = "N", description = "枚数")
        long quantity;

        @Option(names = "--department", required = true, paramLabel = "TEXT", description = "払出先の所属")
        String department;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new StampService(ctx).issue(me, TableMonth.parse(month), department, denomination, quantity);
            out().println(department + " へ " + denomination + "円切手 " + quantity + "枚の払出しを記帳しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "count", description = "月末に数えた切手の枚数(実査)を記録する")
    static final class Count extends Stamps {
        @Option(names = "--counted", required = true, paramLabel = "N", description = "数えた枚数")
        long counted;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new StampService(ctx).count(me, TableMonth.parse(month), denomination, counted);
            out().println(denomination + "円切手の実査 " + counted + "枚を記録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "list",
            description = "月の受払簿(額面<TAB>前月繰越<TAB>受入<TAB>払出<TAB>帳簿残高<TAB>実査<TAB>差異)。差異のある行と未実査の行は末尾に「要確認」")
    static final class ListMonth extends InMonth {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (StampLine l :
                    new StampService(ctx).month(me, TableMonth.parse(month)).stamps()) {
                out().println(l.denomination() + "\t" + l.opening() + "\t" + l.received() + "\t" + l.issued() + "\t"
                        + l.balance() + "\t" + l.counted().map(String::valueOf).orElse("") + "\t" + l.difference()
                        + (l.flagged() ? "\t要確認" : ""));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "postage", description = "所属の月の料金後納の郵便料と通数を記録する(同じ月と所属は置き換え)")
    static final class SetPostage extends InMonth {
        @Option(names = "--department", required = true, paramLabel = "TEXT")
        String department;

        @Option(names = "--amount", required = true, paramLabel = "YEN", description = "後納料金(円)")
        long amount;

        @Option(names = "--pieces", paramLabel = "N", description = "通数")
        long pieces;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new StampService(ctx).postage(me, TableMonth.parse(month), department, amount, pieces);
            out().println(department + " の " + month + " の後納料金を記録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "departments", description = "月の郵便料の所属別按分(所属<TAB>切手払出(円)<TAB>後納料金(円)<TAB>通数<TAB>合計(円))")
    static final class Departments extends InMonth {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (PostageLine l :
                    new StampService(ctx).month(me, TableMonth.parse(month)).departments()) {
                out().println(l.department() + "\t" + l.stampsYen() + "\t" + l.postageYen() + "\t" + l.pieces() + "\t"
                        + l.total());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "export", description = "月の切手受払簿と所属別の郵便料を Excel(A4 横)に出力する")
    static final class Export extends InMonth {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "出力先(.xlsx)")
        Path out;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            StampWorkbook.export(ctx, me, TableMonth.parse(month), out);
            out().println(out);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "import", description = "export の形の .xlsx から実査の枚数と後納料金・通数を取り込む。誤りが1件でもあれば何も取り込まない")
    static final class Import extends CaseCommand.Acting {
        @Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new StampImport(ctx).run(me, ImportFiles.open(file)));
            return ExitCodes.DONE;
        }
    }
}
