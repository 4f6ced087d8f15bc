package jp.shomu.ledger.app.cli;

import java.util.List;
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.desk.DueDateRecompute;
import jp.shomu.ledger.service.settings.CalendarService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code calendar recompute} and {@code calendar override}: the due dates follow the calendar's changes. */
final class CalendarDeskCommands {
    private CalendarDeskCommands() {}

    @Command(
            name = "recompute",
            description = "未完了の案件の期限を、今のカレンダーで各案件の経過(受付日・書類完備日・中断)から計算し直す。" + "変わる案件ごとに 案件番号<TAB>旧期限<TAB>新期限 を表示")
    static final class Recompute extends BaseCommand {
        @Option(names = "--dry-run", description = "変わる期限を表示するだけで、変更しない")
        boolean dryRun;

        @Override
        public Integer call() {
            try (LedgerContext ctx = open()) {
                var me = ctx.whoIs(env.login());
                DueDateRecompute r = new DueDateRecompute(ctx);
                List<DueDateRecompute.Change> changes = dryRun ? r.preview(me) : r.apply(me);
                for (DueDateRecompute.Change c : changes) {
                    out().println(c.caseId() + "\t" + (c.oldDue() == null ? "" : c.oldDue()) + "\t"
                            + (c.newDue() == null ? "" : c.newDue()));
                }
            }
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "override",
            description = "1日の休日を手入力で変える(--name で休日にする、--business-day で営業日にする、--clear で規則に戻す)。"
                    + "案件の期限は calendar recompute で追従させる")
    static final class SetOverride extends BaseCommand {
        @Option(names = "--date", required = true, paramLabel = "DATE")
        String date;

        @Option(names = "--name", paramLabel = "TEXT", description = "休日の名称(休日にする)")
        String name;

        @Option(names = "--business-day", description = "規則では休日の日を営業日にする")
        boolean businessDay;

        @Option(names = "--clear", description = "この日の手入力・取込みの変更を消し、規則に戻す")
        boolean clear;

        @Override
        public Integer call() {
            int chosen = (name != null ? 1 : 0) + (businessDay ? 1 : 0) + (clear ? 1 : 0);
            if (chosen != 1) {
                env.err().println("--name、--business-day、--clear のどれか1つを指定してください");
                return ExitCodes.INVALID;
            }
            try (LedgerContext ctx = open()) {
                HolidayOverride.Kind kind = clear
                        ? null
                        : businessDay ? HolidayOverride.Kind.REMOVE_HOLIDAY : HolidayOverride.Kind.ADD_HOLIDAY;
                var me = ctx.whoIs(env.login());
                new CalendarService(ctx).setOverride(me, Wareki.parse(date), name == null ? "" : name, kind);
                DeliverableDuesFollow.calendarChanged(ctx, me, env.err());
                env.err().println("期限への反映: calendar recompute --dry-run で確認してから calendar recompute を実行してください");
            }
            return ExitCodes.DONE;
        }
    }
}
