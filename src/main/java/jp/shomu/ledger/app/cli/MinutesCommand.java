package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.forecast.MinutesComparison;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.people.StandardMinutesService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Standard minutes against actual minutes per completed case (issue 17 §5), and a proposal to change one. */
@Command(
        name = "minutes",
        description = "標準処理時間と実績(完了案件1件あたりの作業時間)の比較: 中区分<TAB>標準(分)<TAB>実績(分)<TAB>件数<TAB>比"
                + "(件数" + MinutesComparison.MIN_CASES + "件以上で±" + MinutesComparison.THRESHOLD_PERCENT
                + "%以上離れた行の末尾に <TAB>見直し)。--propose でカタログ変更を提案(別の業務責任者・管理責任者の承認で反映)")
final class MinutesCommand extends CaseCommand.Acting {
    @Option(names = "--since", paramLabel = "DATE", description = "この日以降に完了した案件(省略時は前年度の初日)")
    String since;

    @Option(names = "--propose", paramLabel = "CODE", description = "この中区分の実績を新しい標準処理時間として提案する")
    String propose;

    @Override
    Integer run(LedgerContext ctx, StaffMember me) {
        LocalDate from =
                since == null ? new FiscalYear(FiscalYear.of(ctx.today()).year() - 1).start() : Wareki.parse(since);
        StandardMinutesService service = new StandardMinutesService(ctx);
        if (propose != null) {
            out().println(service.propose(me, propose.strip(), from));
            return ExitCodes.DONE;
        }
        for (MinutesComparison m : service.compare(me, from)) {
            out().println(m.typeCode() + "\t" + m.standard() + "\t" + (m.cases() == 0 ? "" : m.actual()) + "\t"
                    + m.cases() + "\t" + m.ratioText() + (m.differs() ? "\t見直し" : ""));
        }
        return ExitCodes.DONE;
    }
}
