package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableEvent;
import jp.shomu.ledger.domain.centre.DueRule;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One deliverable's way with the city: submitted, accepted, sent back; the date the city names; its history. */
@Command(
        name = "deliverable",
        description = "提出物の追加・提出・受理・再提出依頼、市が指定した期日、履歴",
        subcommands = {
            DeliverableCommand.Add.class,
            DeliverableCommand.Submit.class,
            DeliverableCommand.Accept.class,
            DeliverableCommand.Return.class,
            DeliverableCommand.Due.class,
            DeliverableCommand.History.class
        })
final class DeliverableCommand {
    private DeliverableCommand() {}

    abstract static class Step extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID", description = "提出物の番号(deliverables で確認)")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "メモ(再提出依頼では市が求めた内容)")
        String note;

        abstract Deliverable apply(DeliverableService s, StaffMember me);

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            Deliverable d = apply(new DeliverableService(ctx), me);
            out().println(d.id() + "\t" + d.name() + "\t" + d.period() + "\t" + d.due() + "\t"
                    + d.state().label());
            return ExitCodes.DONE;
        }
    }

    /** A step that happened on a day, today unless --on says otherwise. */
    abstract static class DatedStep extends Step {
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "その日付(省略時は今日)")
        String on;

        LocalDate day() {
            return on == null ? null : CentreTimes.date(on);
        }
    }

    @Command(name = "submit", description = "市へ提出した(再提出を含む)")
    static final class Submit extends DatedStep {
        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.submit(me, id, note, day());
        }
    }

    @Command(name = "accept", description = "市が受理した(検収合格)")
    static final class Accept extends DatedStep {
        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.accept(me, id, note, day());
        }
    }

    @Command(name = "return", description = "市から再提出を求められた(仕様書 14(5))。--note に求められた内容")
    static final class Return extends Step {
        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.sendBack(me, id, note);
        }
    }

    @Command(name = "due", description = "市が指定した期日を記録する")
    static final class Due extends Step {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.setDue(me, id, CentreTimes.date(date), note);
        }
    }

    @Command(
            name = "add",
            description = "変更のたびに提出するもの(FAQ・マニュアル・業務フロー、体制図・名簿の変更)を追加し、番号<TAB>期日 を表示する。"
                    + "期日は --due で市の指定日、または --business-days と --from で営業日数(起算日は数えない。カレンダーの変更に追従)")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "名称(例: 業務マニュアル(改訂))")
        String name;

        @Option(names = "--period", paramLabel = "TEXT", description = "対象(省略時は --from または --due の日付)")
        String period;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "市が指定した期日")
        String due;

        @Option(names = "--business-days", paramLabel = "N", description = "起算日から N 営業日目が期日")
        Integer businessDays;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "起算日(変更した日など)")
        String from;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            DeliverableService s = new DeliverableService(ctx);
            long id;
            if (due != null && businessDays == null && from == null) {
                id = s.add(me, name, period == null ? due : period, CentreTimes.date(due));
            } else if (due == null && businessDays != null && from != null) {
                id = s.addOnChange(
                        me, name, period == null ? from : period, new DueRule(CentreTimes.date(from), businessDays));
            } else {
                throw new InvalidInputException("期日は --due か、--business-days と --from の組で指定してください");
            }
            out().println(id + "\t" + s.get(me, id).due());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "history", description = "提出物の履歴(日時<TAB>操作<TAB>ログイン名<TAB>メモ)")
    static final class History extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (DeliverableEvent e : new DeliverableService(ctx).history(me, id)) {
                out().println(e.at() + "\t" + e.action() + "\t" + e.actor() + "\t" + e.note());
            }
            return ExitCodes.DONE;
        }
    }
}
