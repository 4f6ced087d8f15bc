package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The deliverables calendar of spec §14, ordered by due date. */
@Command(name = "deliverables", description = "提出物の一覧、期日順(番号<TAB>名称<TAB>対象期間<TAB>期日<TAB>状態)。契約期間全体の予定を含む")
final class DeliverablesCommand extends CaseCommand.Acting {
    @Option(names = "--fiscal-year", paramLabel = "YYYY", description = "この年度の分だけ(対象期間の年度)")
    Integer fiscalYear;

    @Override
    Integer run(LedgerContext ctx, StaffMember me) {
        for (Deliverable d : new DeliverableService(ctx).list(me, fiscalYear)) {
            out().println(d.id() + "\t" + d.name() + "\t" + d.period() + "\t" + d.due() + "\t"
                    + d.state().label());
        }
        return ExitCodes.DONE;
    }
}
