package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.monthly.MonthAcceptance;
import jp.shomu.ledger.report.monthly.MonthlyReport;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.reports.MonthAcceptanceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The monthly 業務実績報告書・SLA報告 as an Excel file. */
@Command(
        name = "report",
        description = "報告書の作成",
        subcommands = {ReportCommand.Monthly.class, ReportCommand.Accept.class})
final class ReportCommand {
    private ReportCommand() {}

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("月は YYYY-MM の形で指定してください(例: 2026-10): " + text);
        }
    }

    @Command(name = "monthly", description = "月次業務実績報告書(SLA報告を含む)を Excel で作成する")
    static final class Monthly extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "対象の月(例: 2026-10)")
        String month;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "書き出すファイル")
        Path out;

        @Option(names = "--names", description = "誤り分析に担当者名を表示する(センター内部用。業務責任者・管理責任者のみ)")
        boolean names;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw new InvalidInputException("--out は .xlsx ファイルにしてください: " + out);
            }
            var accepted = new MonthAcceptanceService(ctx).accepted(me, month(month));
            MonthlyFigures f = MonthlyReport.write(ctx, me, month(month), names, out, new CliProgress(err()));
            if (accepted.isPresent()) {
                var a = accepted.get();
                out().println(Wareki.formatMonth(f.month()) + " は市が受理した月のため、受理した報告書をそのまま書き出しました("
                        + Wareki.format(a.acceptedAt()
                                .atZone(java.time.ZoneId.of("Asia/Tokyo"))
                                .toLocalDate())
                        + " " + a.acceptedBy() + " が受理を記録): " + out.toAbsolutePath());
                return ExitCodes.DONE;
            }
            out().println(Wareki.formatMonth(f.month()) + " の月次業務実績報告書を作成しました: " + out.toAbsolutePath());
            out().println("受付 " + f.totals().get(Figure.RECEIVED) + "件、完了 "
                    + f.totals().get(Figure.COMPLETED) + "件、月末未完了 " + f.totals().get(Figure.OPEN_AT_MONTH_END) + "件");
            for (SlaResult r : f.sla()) {
                out().println(r.item().name() + "\t目標 " + r.item().targetText() + "\t実績 " + r.actualText() + "\t"
                        + r.verdict().label());
            }
            if (f.provisional()) {
                out().println("注意: 月の途中のため暫定値です(" + Wareki.format(f.asOf()) + "時点)");
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "accept", description = "市が受理した月次報告書を記録し、その月の報告書を受理したまま固定する(業務責任者・管理責任者)")
    static final class Accept extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "受理された月(例: 2026-10)")
        String month;

        @Option(names = "--file", required = true, paramLabel = "FILE.xlsx", description = "市に提出し受理された報告書のファイル")
        Path file;

        @Option(names = "--note", paramLabel = "TEXT", description = "受理の記録(例: 令和8年11月12日 総務課 受理)")
        String note;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long id = MonthAcceptance.accept(ctx, me, month(month), file, note);
            out().println(Wareki.formatMonth(month(month)) + " の報告書を受理済みとして記録しました(記録 " + id
                    + ")。この月の報告書は以後このファイルのまま変わりません。");
            return ExitCodes.DONE;
        }
    }
}
