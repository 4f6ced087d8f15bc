package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.seasonal.SeasonalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The seasonal work calendar (issue 17 §3): list and set up the recurring items, run the ones that are due. */
@Command(
        name = "seasonal",
        description = "季節業務カレンダー(例月給与・期末勤勉手当・住民税・算定基礎届・年末調整・会計年度任用)",
        subcommands = {
            SeasonalCommand.ListItems.class,
            SeasonalCommand.Set.class,
            SeasonalCommand.Run.class,
            SeasonalCommand.Upcoming.class
        })
final class SeasonalCommand {
    private SeasonalCommand() {}

    /** The --today option the subcommands share: the day to act as of (default: today in Japan). */
    abstract static class AsOf extends CaseCommand.Acting {
        @Option(names = "--today", paramLabel = "DATE", description = "この日として扱う(省略時は今日)")
        String today;

        LocalDate today(LedgerContext ctx) {
            return today == null ? ctx.today() : Wareki.parse(today);
        }
    }

    @Command(
            name = "list",
            description = "繰り返し業務の一覧: 項目<TAB>名前<TAB>中区分<TAB>月<TAB>動作<TAB>日付<TAB>件数<TAB>担当<TAB>次回<TAB>有効<TAB>版"
                    + "(版 0 = 未設定で既定値)")
    static final class ListItems extends AsOf {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (SeasonalService.Line l : new SeasonalService(ctx).items(me, today(ctx))) {
                SeasonalSetup s = l.setup();
                out().println(l.item().key() + "\t" + l.item().label() + "\t"
                        + l.item().typeCode() + "\t"
                        + l.item().months().stream().map(String::valueOf).collect(Collectors.joining(",")) + "\t"
                        + s.action() + "\t" + s.rule().code() + "\t" + s.count() + "\t"
                        + (s.assignee() == null ? "" : s.assignee()) + "\t" + (l.next() == null ? "" : l.next()) + "\t"
                        + (s.enabled() ? "有効" : "停止") + "\t" + s.version());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "set", description = "繰り返し業務を設定する(業務責任者・管理責任者)。省略した項目は今の設定(未設定なら既定値)のまま")
    static final class Set extends AsOf {
        @Option(names = "--item", required = true, paramLabel = "KEY", description = "seasonal list の項目(例: BONUS)")
        String item;

        @Option(names = "--action", paramLabel = "REMINDER|CASES")
        String action;

        @Option(names = "--subject", paramLabel = "TEXT", description = "件名。{月} は 令和9年6月、{n} は何件目か")
        String subject;

        @Option(names = "--count", paramLabel = "N", description = "一度に登録する案件の数(1〜200)")
        Integer count;

        @Option(names = "--assignee", paramLabel = "LOGIN", description = "案件の担当(- で担当なし)")
        String assignee;

        @Option(names = "--day", paramLabel = "RULE", description = "D15(15日、休日は前の営業日)・B3(第3営業日)・B-3(月末から3営業日前)")
        String day;

        @Option(names = "--from", paramLabel = "DATE", description = "この日から動かす(初めて設定するときの既定は今日)")
        String from;

        @Option(names = "--enabled", arity = "1", paramLabel = "true|false")
        Boolean enabled;

        @Option(names = "--expect-version", paramLabel = "N", description = "最後に見た版(省略時は今の版)")
        Long version;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            SeasonalService service = new SeasonalService(ctx);
            SeasonalService.Line line = service.items(me, today(ctx)).stream()
                    .filter(l -> l.item().key().equalsIgnoreCase(item))
                    .findFirst()
                    .orElseThrow(() -> new jp.shomu.ledger.domain.cases.InvalidInputException(
                            "繰り返し業務「" + item + "」はありません。seasonal list で一覧を表示できます。"));
            SeasonalSetup s = line.setup();
            long v = service.set(
                    me,
                    new SeasonalSetup(
                            line.item().key(),
                            action == null ? s.action() : SeasonalAction.parse(action),
                            subject == null ? s.subject() : subject,
                            count == null ? s.count() : count,
                            assignee == null ? s.assignee() : assignee.equals("-") ? null : assignee,
                            day == null ? s.rule() : DayRule.parse(day),
                            from == null ? s.startsOn() : Wareki.parse(from),
                            enabled == null ? s.enabled() : enabled,
                            version == null ? s.version() : version));
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "run",
            description = "期日の来た繰り返し業務を実行する(1回だけ。ほかのPCが実行済みなら何もしない)。"
                    + "出力: 項目<TAB>年月<TAB>期日<TAB>created|already<TAB>登録した案件数<TAB>内容")
    static final class Run extends AsOf {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (SeasonalService.Outcome o : new SeasonalService(ctx).run(me, today(ctx))) {
                out().println(o.occurrence().item().key() + "\t"
                        + o.occurrence().key() + "\t" + o.occurrence().day() + "\t"
                        + (o.createdNow() ? "created" : "already") + "\t" + o.cases() + "\t" + o.message());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "upcoming", description = "これから来る繰り返し業務: 期日<TAB>項目<TAB>年月<TAB>動作<TAB>済/予定<TAB>内容")
    static final class Upcoming extends AsOf {
        @Option(names = "--days", defaultValue = "14", paramLabel = "N", description = "何日先まで(既定 14)")
        int days;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (SeasonalService.Upcoming u : new SeasonalService(ctx).upcoming(me, today(ctx), days)) {
                var o = u.occurrence();
                out().println(o.day() + "\t" + o.item().key() + "\t" + o.key() + "\t"
                        + o.setup().action() + "\t" + (u.done() ? "済" : "予定") + "\t" + o.subject(1));
            }
            return ExitCodes.DONE;
        }
    }
}
