package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed command-line contract of issue #15: inquiry add|answer|list and faq add|submit|approve|retire|search|export. */
class InquiryFaqCommandsTest {
    @TempDir
    Path dir;

    private String ledger;

    @BeforeEach
    void setUp() {
        ledger = dir.resolve("ledger.db").toString();
        CliRunner manager = new CliRunner("tester");
        assertEquals(0, manager.run("init", "--ledger", ledger).code());
        for (String[] s : new String[][] {{"op", "2000001", "見本 一郎"}, {"op2", "2000002", "見本 花子"}}) {
            CliRunner.Result r = manager.run(
                    "staff",
                    "add",
                    "--ledger",
                    ledger,
                    "--login",
                    s[0],
                    "--employee-no",
                    s[1],
                    "--name",
                    s[2],
                    "--role",
                    "担当者");
            assertEquals(0, r.code(), r.err());
        }
    }

    private CliRunner.Result as(String login, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add(2, "--ledger");
        all.add(3, ledger);
        return new CliRunner(login).run(all.toArray(String[]::new));
    }

    private String ok(CliRunner.Result r) {
        assertEquals(0, r.code(), r.err());
        return r.line();
    }

    @Test
    void anInquiryIsLoggedAnsweredWithAnFaqAndListed() {
        String faq = ok(as(
                "op",
                "faq",
                "add",
                "--type",
                "2-2",
                "--question",
                "扶養手当の届出はいつまでですか",
                "--answer",
                "事実発生日から15日以内に届け出てください。",
                "--keyword",
                "扶養",
                "--keyword",
                "期限"));
        ok(as("op", "faq", "submit", "--id", faq));
        ok(as("op2", "faq", "approve", "--id", faq));

        String id = ok(as(
                "op",
                "inquiry",
                "add",
                "--channel",
                "電話",
                "--department",
                "見本区役所 市民課",
                "--question",
                "扶養手当の届出期限を知りたい",
                "--type",
                "2-2",
                "--at",
                "2027-04-12T09:00"));
        assertEquals("1", id);
        assertEquals("version=2", ok(as("op", "inquiry", "answer", "--id", id, "--answer", "15日以内です", "--faq", faq)));

        String list = ok(as("op", "inquiry", "list", "--month", "2027-04"));
        String[] cols = list.split("\t");
        assertEquals("1", cols[0]);
        assertEquals("電話", cols[2]);
        assertEquals("見本区役所 市民課", cols[3]);
        assertEquals("2-2", cols[4]);
        assertEquals("回答済", cols[5]);
        assertEquals("60", cols[6], "09:00 to 10:00 on a business day is 60 business minutes");
        assertEquals("", ok(as("op", "inquiry", "list", "--month", "2027-05")));
        assertEquals("", ok(as("op", "inquiry", "list", "--status", "受付")));
        CliRunner.Result verify = new CliRunner("tester").run("verify", "--ledger", ledger);
        assertEquals(0, verify.code(), "inquiries, articles and versions match their audit images: " + verify.err());
    }

    @Test
    void theAuthorCannotApproveTheirOwnArticle() {
        String faq = ok(as("op", "faq", "add", "--type", "6-1", "--question", "切手はどこで受け取りますか", "--answer", "庶務係です"));
        ok(as("op", "faq", "submit", "--id", faq));
        CliRunner.Result own = as("op", "faq", "approve", "--id", faq);
        assertEquals(1, own.code());
        assertTrue(own.err().contains("承認できません"), own.err());
        assertEquals("", ok(as("op", "faq", "search", "--text", "切手")), "not published yet");
        ok(as("op2", "faq", "approve", "--id", faq));
        assertEquals(faq + "\t6-1\t切手はどこで受け取りますか", ok(as("op", "faq", "search", "--text", "切手")));
    }

    @Test
    void searchFindsOneAndTwoCharacterWordsBestFirst() {
        String a = publish("2-4", "住民税の特別徴収について", "税額の通知は5月です。", "税");
        String b = publish("2-1", "給与の振込日は", "毎月21日です。税の控除も同じ日に行われます。", "給与");
        String list = ok(as("op", "faq", "search", "--text", "税"));
        String[] lines = list.split("\n");
        assertEquals(2, lines.length, list);
        assertTrue(lines[0].startsWith(a + "\t"), "the article with 税 in its question and keywords first: " + list);
        assertTrue(lines[1].startsWith(b + "\t"), list);
        assertEquals(b + "\t2-1\t給与の振込日は", ok(as("op", "faq", "search", "--text", "給与")));
        assertEquals(a + "\t2-4\t住民税の特別徴収について", ok(as("op", "faq", "search", "--text", "徴収 5月")));
        assertEquals("", ok(as("op", "faq", "search", "--text", "年調")));
    }

    @Test
    void retiredArticlesLeaveSearchAndExport() throws Exception {
        String a = publish("2-4", "住民税の特別徴収について", "税額の通知は5月です。", "税");
        String b = publish("2-1", "給与の振込日は", "毎月21日です。", "給与");
        ok(as("op", "faq", "add", "--type", "2-1", "--question", "下書きの質問", "--answer", "下書きの回答"));
        ok(as("op", "faq", "retire", "--id", b));
        assertEquals("", ok(as("op", "faq", "search", "--text", "給与")));
        Path md = dir.resolve("md");
        ok(as("op", "faq", "export", "--format", "md", "--out", md.toString()));
        try (var files = Files.list(md)) {
            assertEquals(
                    List.of("faq-0000" + a + ".md", "index.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path xlsx = dir.resolve("xlsx");
        ok(as("op", "faq", "export", "--format", "xlsx", "--out", xlsx.toString()));
        assertTrue(Files.size(xlsx.resolve("FAQ一覧.xlsx")) > 0);
        assertEquals(
                1,
                as("op", "faq", "export", "--format", "pdf", "--out", xlsx.toString())
                        .code());
    }

    @Test
    void myNumberAndUnknownChannelsAreRefusedWithExitOne() {
        CliRunner.Result mn = as(
                "op",
                "inquiry",
                "add",
                "--channel",
                "電話",
                "--department",
                "市民課",
                "--question",
                "番号は 1234 5678 9018 です");
        assertEquals(1, mn.code(), mn.err());
        assertTrue(mn.err().contains("個人番号"), mn.err());
        assertTrue(!mn.err().contains("9018"), "the number is never repeated");
        assertEquals(
                1,
                as("op", "inquiry", "add", "--channel", "FAX", "--department", "市民課", "--question", "質問")
                        .code());
        CliRunner.Result faq =
                as("op", "faq", "add", "--type", "2-2", "--question", "質問", "--answer", "123456789018 です");
        assertEquals(1, faq.code());
    }

    private String publish(String type, String q, String answer, String keyword) {
        String id =
                ok(as("op", "faq", "add", "--type", type, "--question", q, "--answer", answer, "--keyword", keyword));
        ok(as("op", "faq", "submit", "--id", id));
        ok(as("op2", "faq", "approve", "--id", id));
        return id;
    }
}
