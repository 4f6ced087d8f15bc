package jp.shomu.ledger.report.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.inquiries.FaqInput;
import jp.shomu.ledger.service.inquiries.FaqService;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, articles waiting for review, unapproved revisions and retired articles never leave the ledger. */
class FaqExportTest {
    @TempDir
    Path dir;

    @Test
    void theExportHoldsExactlyThePublishedArticlesInTheirApprovedWords() throws Exception {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            FaqService faq = new FaqService(ctx);
            var op1 = ctx.whoIs("op1");
            var op2 = ctx.whoIs("op2");
            long published = publish(faq, op1, op2, "扶養手当の届出期限は?", "15日以内です。");
            long revised = publish(faq, op1, op2, "通勤手当の \"経路\" 変更", "1か月以内に届け出てください。");
            faq.edit(op1, revised, faq.get(op1, revised).article().version(), input("通勤手当の経路変更", "下書きの言葉"));
            long retired = publish(faq, op1, op2, "廃止する質問", "廃止する回答");
            faq.retire(op1, retired, null);
            faq.add(op1, input("下書きの質問", "下書きの回答"));
            long waiting = faq.add(op1, input("確認待ちの質問", "確認待ちの回答"));
            faq.submit(op1, waiting, null);

            Path md = dir.resolve("md");
            FaqExport.Written w = new FaqExport(ctx).markdown(op1, md);
            assertEquals(2, w.articles());
            Set<String> files = new TreeSet<>();
            try (var list = Files.list(md)) {
                list.forEach(p -> files.add(p.getFileName().toString()));
            }
            assertEquals(
                    Set.of(String.format("faq-%05d.md", published), String.format("faq-%05d.md", revised), "index.csv"),
                    files);
            String all = Files.readString(md.resolve(String.format("faq-%05d.md", revised)));
            assertTrue(all.startsWith("---\nid: " + revised + "\nversion: 3\ntask_type: \"2-2\"\n"), all);
            assertTrue(all.contains("# 通勤手当の \"経路\" 変更"), all);
            assertTrue(all.contains("\nupdated: 2027-04-12\n"), all);
            assertTrue(!all.contains("下書き"), "the unapproved revision does not leave");

            byte[] csv = Files.readAllBytes(md.resolve("index.csv"));
            assertEquals((byte) 0xEF, csv[0], "UTF-8 with a BOM");
            List<String> lines =
                    new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
            assertEquals(3, lines.size());
            assertTrue(lines.get(0).startsWith("id,version,task_type"));

            Path xlsx = new FaqExport(ctx).excel(op1, dir.resolve("x")).path();
            List<String> ids = new ArrayList<>();
            try (InputStream in = Files.newInputStream(xlsx);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet(FaqWorkbook.SHEET);
                for (int r = 4; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    ids.add(row.getCell(0).getStringCellValue());
                    assertTrue(!row.getCell(3).getStringCellValue().contains("下書き"));
                }
                assertTrue(s.getPrintSetup().getLandscape());
                assertEquals(
                        org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                        s.getPrintSetup().getPaperSize());
            }
            assertEquals(List.of(Long.toString(published), Long.toString(revised)), ids);
        }
    }

    private static FaqInput input(String q, String a) {
        return new FaqInput("2-2", q, a, List.of("手当"), List.of(), "");
    }

    private static long publish(
            FaqService faq,
            jp.shomu.ledger.domain.staff.StaffMember author,
            jp.shomu.ledger.domain.staff.StaffMember reviewer,
            String q,
            String a) {
        long id = faq.add(author, input(q, a));
        faq.submit(author, id, null);
        faq.approve(reviewer, id, null);
        return id;
    }
}
