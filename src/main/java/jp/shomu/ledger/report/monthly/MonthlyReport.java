package jp.shomu.ledger.report.monthly;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import jp.shomu.ledger.domain.centre.CentreMonth;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.SensitiveOutput;
import jp.shomu.ledger.service.centre.CentreMonthService;
import jp.shomu.ledger.service.reports.MonthlyReportService;

/** Makes the monthly 業務実績報告書・SLA報告 file: what the leader's menu and {@code report monthly} both call. */
public final class MonthlyReport {
    private MonthlyReport() {}

    /**
     * Computes the month's figures and writes them to {@code out} (.xlsx). The file appears only when complete; on
     * an error or a cancel nothing is left behind. The report lists cases by subject, so the cases it names are
     * recorded as a disclosure (view log) before the file appears.
     *
     * @return the figures written, for the caller to show a summary
     */
    public static MonthlyFigures write(
            LedgerContext ctx,
            StaffMember viewer,
            YearMonth month,
            boolean operatorNames,
            Path out,
            ProgressSink progress) {
        MonthlyFigures figures = new MonthlyReportService(ctx).figures(viewer, month, operatorNames, progress);
        CentreMonth centre = new CentreMonthService(ctx).of(viewer, month);
        progress.checkCancelled();
        progress.progress(0, 1, "Excel ファイルを書き込み中");
        SensitiveOutput output =
                SensitiveOutput.start(ctx, viewer, "月次報告", month.atDay(1) + "〜" + month.atEndOfMonth());
        figures.alerts().forEach(a -> output.includes(a.caseId()));
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            MonthlyReportWorkbook.write(figures, ctx.catalog().majors(), centre, os);
            output.close();
        });
        progress.progress(1, 1, "書き込みが終わりました");
        return figures;
    }
}
