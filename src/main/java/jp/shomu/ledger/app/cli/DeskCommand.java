package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.desk.DeskLine;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.service.desk.LegalDeadlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The leader's desk on the command line: one line per case that needs an eye today, most urgent first. */
@Command(
        name = "desk",
        description = "業務責任者の机: 期限超過・本日期限・期限間近・不備照会中・保留・市決裁待ち・確認待ちの案件。"
                + "出力: 区分<TAB>案件番号<TAB>中区分<TAB>状態<TAB>期限<TAB>担当(ログイン名)<TAB>残り営業日(負は超過)。"
                + "区分: overdue | today | soon | paused | hold | city | check")
final class DeskCommand extends CaseCommand.Acting {
    @Option(names = "--within", paramLabel = "N", defaultValue = "2", description = "N 営業日以内の期限を「期限間近」(soon)とする(既定 2)")
    int within;

    @Option(names = "--type", paramLabel = "CODE", description = "この中区分だけ")
    String type;

    @Option(names = "--payroll-cutoff", paramLabel = "DATE", description = "その月の給与の締め日を設定してから表示する(業務責任者・管理責任者)")
    String payrollCutoff;

    @Override
    Integer run(LedgerContext ctx, StaffMember me) {
        DeskService service = new DeskService(ctx);
        if (payrollCutoff != null) {
            java.time.LocalDate day = jp.shomu.ledger.domain.calendar.Wareki.parse(payrollCutoff);
            service.setPayrollCutoff(me, java.time.YearMonth.from(day), day);
        }
        service.monthEnd(me)
                .ifPresent(m -> env.err()
                        .println("給与の締め日 " + m.cutoff() + " までに期限の来る未完了: "
                                + m.unfinished().size() + " 件"));
        var legal = new LegalDeadlines(ctx).near(me, LegalDeadlines.DEFAULT_DAYS);
        if (!legal.isEmpty()) {
            env.err()
                    .println("法定期限が過ぎた・" + LegalDeadlines.DEFAULT_DAYS + "日以内に来る未完了: " + legal.size() + " 件("
                            + String.join(
                                    "、",
                                    legal.stream()
                                            .map(l -> l.id() + " " + l.typeCode() + " " + l.legalDue())
                                            .toList())
                            + ")");
        }
        for (DeskLine l : service.desk(me, within, type).lines()) {
            out().println(l.section().code() + "\t" + l.id() + "\t" + l.typeCode() + "\t"
                    + l.status().label() + "\t"
                    + (l.dueOn() == null ? "" : l.dueOn()) + "\t"
                    + (l.assigneeLogin() == null ? "" : l.assigneeLogin()) + "\t"
                    + (l.businessDaysLeft() == null ? "" : l.businessDaysLeft()));
        }
        return ExitCodes.DONE;
    }
}
