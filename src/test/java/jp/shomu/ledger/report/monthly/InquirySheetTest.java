package jp.shomu.ledger.report.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.inquiries.InquiryFigures;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.service.inquiries.InquiryInput;
import jp.shomu.ledger.service.inquiries.InquiryReportService;
import jp.shomu.ledger.service.inquiries.InquiryService;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly report's inquiries and FAQ sheet: counts, first-response median and p90, escalations, FAQ changes. */
class InquirySheetTest {
    @TempDir
    Path dir;

    @Test
    void theMonthlyReportCountsTheMonthsInquiriesAndFaqChanges() throws Exception {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            var op = ctx.whoIs("op1");
            InquiryService log = new InquiryService(ctx);
            // now: Monday 2027-04-12 10:00
            long a = log.add(op, input(LocalDateTime.of(2027, 4, 12, 9, 50), "電話", "市民課", "2-2"));
            long b = log.add(op, input(LocalDateTime.of(2027, 4, 12, 9, 0), "電話", "市民課", "2-2"));
            long c = log.add(op, input(LocalDateTime.of(2027, 4, 9, 17, 0), "メール", "消防局 総務課", ""));
            log.add(op, input(LocalDateTime.of(2027, 4, 12, 9, 30), "窓口", "市民課", "6-1"));
            log.add(op, input(LocalDateTime.of(2027, 3, 31, 9, 0), "電話", "市民課", "2-2"));
            log.answer(op, a, "回答", List.of()); // 10 minutes
            log.answer(op, b, "回答", List.of()); // 60 minutes
            log.escalate(op, c, "市へ"); // 15 + 90 = 105 minutes
            FaqService faq = new FaqService(ctx);
            long f = faq.add(op, new FaqInput("2-2", "質問", "回答", List.of(), List.of(), ""));
            faq.submit(op, f, null);
            faq.approve(ctx.whoIs("op2"), f, null);
            faq.edit(
                    op,
                    f,
                    faq.get(op, f).article().version(),
                    new FaqInput("2-2", "質問", "回答2", List.of(), List.of(), ""));
            faq.submit(op, f, null);
            faq.approve(ctx.whoIs("op2"), f, null);

            InquiryFigures figures = new InquiryReportService(ctx).figures(ctx.whoIs("leader"), YearMonth.of(2027, 4));
            assertEquals(4, figures.received());
            assertEquals(Map.of("電話", 2L, "メール", 1L, "グループウェア", 0L, "LoGoフォーム", 0L, "窓口", 1L), figures.byChannel());
            assertEquals(
                    List.of("市民課", "消防局 総務課"),
                    List.copyOf(figures.byDepartment().keySet()));
            assertEquals(60L, figures.firstResponseMedian());
            assertEquals(105L, figures.firstResponseP90());
            assertEquals(1, figures.escalated());
            assertEquals(1, figures.open());
            assertEquals(1, figures.faqAdded());
            assertEquals(1, figures.faqUpdated());
            assertEquals(0, figures.faqRetired());

            Path out = dir.resolve("月次.xlsx");
            MonthlyReport.write(ctx, ctx.whoIs("leader"), YearMonth.of(2027, 4), false, out, ProgressSink.NONE);
            Map<String, String> pairs = new HashMap<>();
            try (InputStream in = Files.newInputStream(out);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet(InquirySheet.NAME);
                assertNotNull(s);
                for (Row row : s) {
                    if (row.getCell(1) != null && row.getCell(2) != null) {
                        pairs.put(row.getCell(1).toString(), row.getCell(2).toString());
                    }
                }
            }
            assertEquals("4 件", pairs.get("受付件数"));
            assertEquals("60 分", pairs.get("初回応答時間 中央値"));
            assertEquals("105 分", pairs.get("初回応答時間 90パーセンタイル"));
            assertEquals("1 件", pairs.get("市へのエスカレーション"));

            Path may = dir.resolve("2月.xlsx");
            MonthlyReport.write(ctx, ctx.whoIs("leader"), YearMonth.of(2027, 2), false, may, ProgressSink.NONE);
            try (InputStream in = Files.newInputStream(may);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertNull(wb.getSheet(InquirySheet.NAME), "no sheet in a month without inquiries");
            }
        }
    }

    private static InquiryInput input(LocalDateTime at, String channel, String dept, String type) {
        return new InquiryInput(at, channel, dept, "", type, "質問です", null);
    }
}
