package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.MonthEndCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What the table screens (4-2, 6-1, 6-2) share: the month-end case. */
@Command(
        name = "table",
        description = "表で扱う業務(4-2・6-1・6-2)の共通操作",
        subcommands = {TableCommand.MonthEndCase.class})
final class TableCommand {
    private TableCommand() {}

    @Command(name = "case", description = "表の月末の案件を作る(すでにあればその案件)。案件番号を表示する")
    static final class MonthEndCase extends CaseCommand.Acting {
        @Option(names = "--type", required = true, paramLabel = "CODE", description = "4-2, 6-1 または 6-2")
        String type;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new MonthEndCases(ctx).open(me, type, TableMonth.parse(month)));
            return ExitCodes.DONE;
        }
    }
}
