package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.Holiday;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.report.HolidayCsvImport;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.settings.CalendarService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The business calendar: national holidays, business-day arithmetic, and importing the Cabinet Office list. */
@Command(
        name = "calendar",
        description = "営業日カレンダー(祝日、営業日の計算、内閣府の祝日CSVの取込み)",
        subcommands = {
            CalendarCommand.Holidays.class,
            CalendarCommand.AddBusinessDays.class,
            CalendarCommand.ImportHolidays.class,
            CalendarDeskCommands.SetOverride.class,
            CalendarDeskCommands.Recompute.class
        })
final class CalendarCommand {
    private CalendarCommand() {}

    /** Shared by the calendar commands: an optional ledger whose imported overrides apply. */
    abstract static class CalendarBase extends EnvCommand {
        @Option(
                names = "--ledger",
                paramLabel = "FILE",
                description = "台帳に取り込んだ祝日の変更も反映する",
                converter = LedgerLocationConverter.class)
        LedgerLocation ledgerFile;

        BusinessCalendar calendar() {
            if (ledgerFile == null) {
                return BusinessCalendar.standard();
            }
            try (LedgerContext ctx = LedgerContext.open(ledgerFile, env.clock())) {
                return ctx.calendar();
            }
        }
    }

    @Command(name = "holidays", description = "その年の国民の祝日・休日(YYYY-MM-DD<TAB>名称)")
    static final class Holidays extends CalendarBase {
        @Parameters(paramLabel = "YEAR", description = "西暦年(2000〜2099)")
        int year;

        @Override
        public Integer call() {
            List<Holiday> holidays = calendar().nationalHolidays(year);
            holidays.forEach(h -> env.out().println(h.date() + "\t" + h.name()));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "add-business-days", description = "DATE の N 営業日後(N が負なら前)の日付。土日・祝日・12/29〜1/3 を除く")
    static final class AddBusinessDays extends CalendarBase {
        @Parameters(index = "0", paramLabel = "DATE", description = "日付(2027-04-01、令和9年4月1日、R9.4.1 など)")
        String date;

        @Parameters(index = "1", paramLabel = "N", description = "営業日数")
        int days;

        @Override
        public Integer call() {
            LocalDate from = Wareki.parse(date);
            env.out().println(calendar().addBusinessDays(from, days));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "import-holidays", description = "内閣府「国民の祝日」CSV(syukujitsu.csv)を取り込み、規則で計算できない変更を台帳に記録する")
    static final class ImportHolidays extends BaseCommand {
        @Option(names = "--csv", paramLabel = "FILE", required = true, description = "内閣府の祝日CSV(CP932 または UTF-8)")
        Path csv;

        @Override
        public Integer call() {
            var rows = HolidayCsvImport.read(csv);
            try (LedgerContext ctx = open()) {
                var me = ctx.whoIs(env.login());
                CalendarService.Result r = new CalendarService(ctx)
                        .importOfficialList(me, rows, csv.getFileName().toString());
                out().println("祝日を取り込みました: " + r.years().size() + " 年分、規則との差 " + r.overrides() + " 件を記録");
                DeliverableDuesFollow.calendarChanged(ctx, me, env.err());
            }
            return ExitCodes.DONE;
        }
    }
}
