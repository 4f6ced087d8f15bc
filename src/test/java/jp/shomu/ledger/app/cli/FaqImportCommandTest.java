package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.shomu.ledger.domain.inquiries.FaqStatus;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.inquiries.FaqService;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** faq import: an existing FAQ list from CSV or Excel as drafts, every row or none (issue #15). */
class FaqImportCommandTest {
    private static final String HEADER = "中区分,質問,回答,キーワード,出典\n";

    @TempDir
    Path dir;

    private String ledger;

    @BeforeEach
    void setUp() {
        ledger = dir.resolve("ledger.db").toString();
        CliRunner manager = new CliRunner("tester");
        assertEquals(0, manager.run("init", "--ledger", ledger).code());
        CliRunner.Result r = manager.run(
                "staff",
                "add",
                "--ledger",
                ledger,
                "--login",
                "op",
                "--employee-no",
                "2000001",
                "--name",
                "見本 一郎",
                "--role",
                "担当者");
        assertEquals(0, r.code(), r.err());
    }

    private CliRunner.Result importAs(String login, Path file, String... more) {
        List<String> args =
                new java.util.ArrayList<>(List.of("faq", "import", "--ledger", ledger, "--file", file.toString()));
        args.addAll(List.of(more));
        return new CliRunner(login).run(args.toArray(String[]::new));
    }

    private Path csv(String name, String text, Charset charset, boolean bom) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.getBytes(charset));
        }
        return f;
    }

    private List<FaqService.Entry> articles() {
        try (LedgerContext ctx = LedgerContext.open(Path.of(ledger), Clock.systemDefaultZone())) {
            return new FaqService(ctx).list(ctx.whoIs("op"), null);
        }
    }

    @Test
    void aGoodCsvImportsExactlyItsRowsAsAuditedDrafts() throws Exception {
        Path f = csv(
                "faq.csv",
                HEADER
                        + "2-2,扶養手当の届出期限は?,事実発生日から15日以内です。,扶養、届出 期限,手当認定マニュアル 3.2\n"
                        + "\n"
                        + "2-2,\"住所変更は\n必要?\",\"はい、必要です。\",\"住所,変更\",\n",
                StandardCharsets.UTF_8,
                true);
        CliRunner.Result r = importAs("op", f);
        assertEquals(0, r.code(), r.err());
        List<String> ids = r.line().lines().toList();
        assertEquals(2, ids.size(), r.out());

        List<FaqService.Entry> all = articles();
        assertEquals(2, all.size());
        FaqService.Entry first = all.stream()
                .filter(e -> e.article().id() == Long.parseLong(ids.get(0)))
                .findFirst()
                .orElseThrow();
        assertEquals(FaqStatus.DRAFT, first.article().status());
        assertEquals("2-2", first.article().typeCode());
        assertEquals("事実発生日から15日以内です。", first.article().answer());
        assertEquals(List.of("扶養", "届出", "期限"), first.article().keywords());
        assertEquals("手当認定マニュアル 3.2", first.article().source());
        assertEquals("op", first.article().author());
        assertTrue(all.stream()
                .anyMatch(e -> e.article().question().equals("住所変更は\n必要?")
                        && e.article().keywords().equals(List.of("住所", "変更"))));
        try (LedgerContext ctx = LedgerContext.open(Path.of(ledger), Clock.systemDefaultZone())) {
            assertTrue(
                    LedgerVerifier.verify(ctx.ledger()).ok(),
                    () -> LedgerVerifier.verify(ctx.ledger()).problems().toString());
            assertEquals(
                    "作成",
                    new FaqService(ctx)
                            .history(ctx.whoIs("op"), first.article().id())
                            .get(0)
                            .action());
        }
    }

    @Test
    void aCp932CsvIsReadToo() throws Exception {
        Path f = csv("faq-sjis.csv", HEADER + "2-2,窓口の受付時間は?,8時30分から17時15分です。,,\n", Charset.forName("MS932"), false);
        CliRunner.Result r = importAs("op", f);
        assertEquals(0, r.code(), r.err());
        assertEquals("窓口の受付時間は?", articles().get(0).article().question());
    }

    @Test
    void aRowWithoutAnAnswerIsListedWithItsRowAndNothingIsWritten() throws Exception {
        Path f = csv(
                "bad.csv",
                HEADER + "2-2,質問その1,回答その1,,\n" + "2-2,質問その2,,,\n" + "9-99,質問その3,回答その3,,\n" + "2-2,質問その4\n",
                StandardCharsets.UTF_8,
                false);
        CliRunner.Result r = importAs("op", f);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("行 3 列 回答: 「回答」を入力してください"), r.err());
        assertTrue(r.err().contains("行 4 列 中区分: "), r.err());
        assertTrue(r.err().contains("行 5: 列の数が見出しと違います"), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("行 2 ")), r.err());
        assertEquals("", r.line());
        assertEquals(0, articles().size(), "nothing is written when any row is bad");
    }

    @Test
    void anUnknownOrMissingHeaderIsRefused() throws Exception {
        Path f = csv("hdr.csv", "中区分,質問,備考\n2-2,質問,メモ\n", StandardCharsets.UTF_8, false);
        CliRunner.Result r = importAs("op", f);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("行 1 列 備考: 知らない見出しです"), r.err());
        assertTrue(r.err().contains("行 1 列 回答: 必須の見出しがありません"), r.err());
        assertEquals(0, articles().size());
    }

    @Test
    void anExcelListImports() throws Exception {
        Path f = dir.resolve("faq.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet sheet = wb.createSheet("FAQ");
            String[][] rows = {
                {"質問", "回答", "中区分", "キーワード"},
                {"旅費の精算期限は?", "出張から1か月以内です。", "2-2", "旅費,精算"},
                {"休暇の申請方法は?", "庶務システムから申請します。", "2-2"}
            };
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        CliRunner.Result r = importAs("op", f);
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.line().lines().count());
        List<FaqService.Entry> all = articles();
        assertEquals(2, all.size());
        assertTrue(all.stream()
                .anyMatch(e -> e.article().question().equals("旅費の精算期限は?")
                        && e.article().keywords().equals(List.of("旅費", "精算"))
                        && e.article().status() == FaqStatus.DRAFT));
    }

    @Test
    void aMyNumberInAnAnswerIsRefused() throws Exception {
        Path f = csv("mn.csv", HEADER + "2-2,質問,回答,,\n2-2,番号の例は?,123456789018 です,,\n", StandardCharsets.UTF_8, false);
        CliRunner.Result r = importAs("op", f);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("行 3 列 回答: 「回答」に個人番号と思われる12桁の番号があります"), r.err());
        assertEquals(0, articles().size());
    }

    @Test
    void aDryRunCountsAndWritesNothing() throws Exception {
        Path f = csv("dry.csv", HEADER + "2-2,質問1,回答1,,\n2-2,質問2,回答2,,\n", StandardCharsets.UTF_8, false);
        CliRunner.Result r = importAs("op", f, "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.line().contains("2 件"), r.out());
        assertEquals(0, articles().size());
    }

    @Test
    void anAuditorMayNotImport() throws Exception {
        CliRunner.Result added = new CliRunner("tester")
                .run(
                        "staff",
                        "add",
                        "--ledger",
                        ledger,
                        "--login",
                        "aud",
                        "--employee-no",
                        "2000009",
                        "--name",
                        "見本 監査",
                        "--role",
                        "監査");
        assertEquals(0, added.code(), added.err());
        Path f = csv("aud.csv", HEADER + "2-2,質問1,回答1,,\n", StandardCharsets.UTF_8, false);
        CliRunner.Result r = importAs("aud", f);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("監査の権限ではできません"), r.err());
        assertEquals(0, articles().size());
    }
}
