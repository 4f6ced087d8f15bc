package jp.shomu.ledger.report.monthly;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.centre.CentreMonth;
import jp.shomu.ledger.domain.inquiries.InquiryFigures;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays the monthly figures out as a print-ready workbook. Only sheets with something to show are written: the
 * error analysis and the list of overdue cases are left out in a month that has none.
 */
public final class MonthlyReportWorkbook {
    /** Rows of the streamed list sheet kept in memory while writing. */
    private static final int STREAM_WINDOW = 200;

    private MonthlyReportWorkbook() {}

    public static void write(MonthlyFigures f, List<MajorCategory> majors, OutputStream out) throws IOException {
        write(f, majors, null, null, out);
    }

    /**
     * With the inquiries and FAQ sheet (issue #15) when {@code inquiries} has anything to show, and the month's
     * incidents, improvements, meetings and deliverables on a sheet of their own when {@code centre} has any.
     */
    public static void write(
            MonthlyFigures f,
            List<MajorCategory> majors,
            InquiryFigures inquiries,
            CentreMonth centre,
            OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb);
            CoverSheet.write(wb, st, f);
            TypeSheet.write(wb, st, f, majors);
            SlaSheet.write(wb, st, f);
            if (!f.errors().isEmpty()) {
                ErrorSheet.write(wb, st, f);
            }
            if (!f.corrections().isEmpty()) {
                CorrectionSheet.write(wb, st, f);
            }
            if (inquiries != null && !inquiries.isEmpty()) {
                InquirySheet.write(wb, st, inquiries);
            }
            if (centre != null && !centre.isEmpty()) {
                CentreSheet.write(wb, st, centre);
            }
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setTitle("月次業務実績報告書 " + Wareki.formatMonth(f.month()));
            wb.getProperties().getCoreProperties().setCreator(f.generatedBy());
            SXSSFWorkbook streamed = new SXSSFWorkbook(wb, STREAM_WINDOW);
            try {
                streamed.setCompressTempFiles(true);
                if (!f.alerts().isEmpty()) {
                    AlertSheet.write(streamed, st, f);
                }
                streamed.write(out);
            } finally {
                streamed.close();
            }
        }
    }
}
