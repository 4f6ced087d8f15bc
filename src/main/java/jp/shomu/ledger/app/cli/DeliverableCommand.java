package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableEvent;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One deliverable's way with the city: submitted, accepted, sent back; the date the city names; its history. */
@Command(
        name = "deliverable",
        description = "提出物の提出・受理・再提出依頼、市が指定した期日、履歴",
        subcommands = {
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

    @Command(name = "submit", description = "市へ提出した(再提出を含む)")
    static final class Submit extends Step {
        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.submit(me, id, note);
        }
    }

    @Command(name = "accept", description = "市が受理した(検収合格)")
    static final class Accept extends Step {
        @Override
        Deliverable apply(DeliverableService s, StaffMember me) {
            return s.accept(me, id, note);
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
