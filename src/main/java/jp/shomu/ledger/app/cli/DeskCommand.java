package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
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
                + "区分: overdue | today | soon | paused | hold | city | check",
        subcommands = {DeskCommand.SetWithin.class, DeskCommand.Cutoff.class})
final class DeskCommand extends EnvCommand {
    /** Not required here, so that {@code desk set} and {@code desk cutoff} (which take their own) can run. */
    @Option(
            names = "--ledger",
            paramLabel = "FILE",
            description = "台帳ファイル(.db)、またはサーバーの台帳 postgresql://…",
            converter = LedgerLocationConverter.class)
    LedgerLocation ledgerFile;

    @Option(
            names = "--within",
            paramLabel = "N",
            description = "N 営業日以内の期限を「期限間近」(soon)とする(既定は desk set --within で設定した値、未設定なら 2)")
    Integer within;

    @Option(names = "--type", paramLabel = "CODE", description = "この中区分だけ")
    String type;

    @Option(names = "--payroll-cutoff", paramLabel = "DATE", description = "その月の給与の締め日を設定してから表示する(業務責任者・管理責任者)")
    String payrollCutoff;

    @Override
    public Integer call() {
        if (ledgerFile == null) {
            throw new InvalidInputException("--ledger で台帳ファイルを指定してください");
        }
        try (LedgerContext ctx = LedgerContext.open(ledgerFile, env.clock())) {
            return run(ctx, ctx.whoIs(env.login()));
        }
    }

    private Integer run(LedgerContext ctx, StaffMember me) {
        DeskService service = new DeskService(ctx);
        if (payrollCutoff != null) {
            LocalDate day = Wareki.parse(payrollCutoff);
            service.setPayrollCutoff(me, YearMonth.from(day), day);
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
        int n = within == null ? service.within() : within;
        for (DeskLine l : service.desk(me, n, type).lines()) {
            out().println(l.section().code() + "\t" + l.id() + "\t" + l.typeCode() + "\t"
                    + l.status().label() + "\t"
                    + (l.dueOn() == null ? "" : l.dueOn()) + "\t"
                    + (l.assigneeLogin() == null ? "" : l.assigneeLogin()) + "\t"
                    + (l.businessDaysLeft() == null ? "" : l.businessDaysLeft()));
        }
        return ExitCodes.DONE;
    }

    @Command(name = "set", description = "机の設定(全員の机に効く。業務責任者・管理責任者)。--within N: N 営業日以内の期限を「期限間近」とする")
    static final class SetWithin extends CaseCommand.Acting {
        @Option(names = "--within", required = true, paramLabel = "N", description = "0〜20")
        int within;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            new DeskService(ctx).setWithin(me, within);
            env.err().println("期限間近: " + within + " 営業日以内");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "cutoff", description = "その月の給与の締め日を設定する(業務責任者・管理責任者)。--date を省くと設定を表示")
    static final class Cutoff extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "締め日(その月の日付)")
        String date;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            YearMonth m;
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("--month は YYYY-MM で指定してください: " + month);
            }
            DeskService service = new DeskService(ctx);
            if (date != null) {
                service.setPayrollCutoff(me, m, Wareki.parse(date));
            }
            out().println(m + "\t"
                    + service.payrollCutoff(m).map(LocalDate::toString).orElse(""));
            return ExitCodes.DONE;
        }
    }
}
