package jp.shomu.ledger.report.monthly;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import jp.shomu.ledger.domain.centre.CentreMonth;
import jp.shomu.ledger.domain.inquiries.InquiryFigures;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.SensitiveOutput;
import jp.shomu.ledger.service.centre.CentreMonthService;
import jp.shomu.ledger.service.inquiries.InquiryReportService;
import jp.shomu.ledger.service.reports.MonthAcceptanceService;
import jp.shomu.ledger.service.reports.MonthlyReportService;

/** Makes the monthly 業務実績報告書・SLA報告 file: what the leader's menu and {@code report monthly} both call. */
public final class MonthlyReport {
    private MonthlyReport() {}

    /**
     * Computes the month's figures and writes them to {@code out} (.xlsx) — or, for a month the city has accepted,
     * writes the accepted file as it was issued. The file appears only when complete; on
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
        InquiryFigures inquiries = new InquiryReportService(ctx).figures(viewer, month);
        CentreMonth centre = new CentreMonthService(ctx).of(viewer, month);
        progress.checkCancelled();
        var accepted = new MonthAcceptanceService(ctx).accepted(viewer, month);
        if (accepted.isPresent()) {
            // The city accepted this month: its report is the file it accepted, never made again.
            SensitiveOutput output =
                    SensitiveOutput.start(ctx, viewer, "月次報告(受理済み)", month.atDay(1) + "〜" + month.atEndOfMonth());
            figures.alerts().forEach(a -> output.includes(a.caseId()));
            OutputFiles.writeAtomically(out, (OutputStream os) -> {
                os.write(accepted.get().workbook());
                output.close();
            });
            progress.progress(1, 1, "受理済みの報告書を書き出しました");
            return figures;
        }
        progress.progress(0, 1, "Excel ファイルを書き込み中");
        SensitiveOutput output =
                SensitiveOutput.start(ctx, viewer, "月次報告", month.atDay(1) + "〜" + month.atEndOfMonth());
        figures.alerts().forEach(a -> output.includes(a.caseId()));
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            MonthlyReportWorkbook.write(figures, ctx.catalog().majors(), inquiries, centre, os);
            output.close();
        });
        progress.progress(1, 1, "書き込みが終わりました");
        return figures;
    }
}
