package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seasonal list|set|run|upcoming: a leader sets an item up, the run creates it once, the desk list shows it ahead. */
class SeasonalCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");
    private String ledger;

    @BeforeEach
    void init() {
        ledger = dir.resolve("l.db").toString();
        assertEquals(0, cli.run("init", "--ledger", ledger).code());
    }

    @Test
    void setUpRunOnceAndSeeItComing() {
        CliRunner.Result list = cli.run("seasonal", "list", "--ledger", ledger);
        assertEquals(0, list.code(), list.err());
        assertEquals(7, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("BONUS\t期末・勤勉手当\t2-1\t6,12\tCASES\tD1\t1\t\t2027-06-01\t有効\t0"), list.out());

        CliRunner.Result set = cli.run(
                "seasonal", "set", "--ledger", ledger, "--item", "BONUS", "--count", "2", "--from", "2027-04-01");
        assertEquals(0, set.code(), set.err());
        assertEquals("version=1", set.line());

        List<String> coming = cli.run("seasonal", "upcoming", "--ledger", ledger, "--today", "2027-05-20")
                .out()
                .lines()
                .toList();
        assertEquals(List.of("2027-06-01\tBONUS\t2027-06\tCASES\t予定\t期末・勤勉手当 令和9年6月支給分(基準日の在職確認) (1/2)"), coming);

        CliRunner.Result run = cli.run("seasonal", "run", "--ledger", ledger, "--today", "2027-06-01");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.line().startsWith("BONUS\t2027-06\t2027-06-01\tcreated\t2\t"), run.out());
        assertEquals(
                "",
                cli.run("seasonal", "run", "--ledger", ledger, "--today", "2027-06-01")
                        .line());
        assertEquals(
                2,
                cli.run("case", "list", "--ledger", ledger, "--type", "2-1")
                        .out()
                        .lines()
                        .count());
    }

    @Test
    void anItemAddedToTheCatalogIsListed() throws Exception {
        CliRunner.Result staff = cli.run(
                "staff",
                "add",
                "--ledger",
                ledger,
                "--login",
                "ld2",
                "--employee-no",
                "2000004",
                "--name",
                "見本 次長",
                "--role",
                "業務責任者");
        assertEquals(0, staff.code(), staff.err());
        ObjectNode catalog = (ObjectNode) new ObjectMapper()
                .readTree(cli.run("catalog", "show", "--ledger", ledger).out());
        ((ArrayNode) catalog.get("seasonal"))
                .addObject()
                .put("key", "COMMUTE_REVIEW")
                .put("label", "通勤手当の定期確認")
                .put("typeCode", "2-2")
                .put("action", "REMINDER")
                .put("subject", "通勤手当 {月}: 経路の定期確認")
                .put("rule", "B-3")
                .putArray("months")
                .add(9);
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, catalog.toString(), StandardCharsets.UTF_8);
        CliRunner.Result proposed = new CliRunner("ld2")
                .run("catalog", "propose", "--ledger", ledger, "--file", file.toString(), "--summary", "通勤手当の定期確認を追加");
        assertEquals(0, proposed.code(), proposed.err());
        CliRunner.Result approved =
                cli.run("catalog", "approve", "--ledger", ledger, "--id", proposed.line(), "--comment", "確認した");
        assertEquals(0, approved.code(), approved.err());

        CliRunner.Result list = cli.run("seasonal", "list", "--ledger", ledger, "--today", "2027-05-20");
        assertEquals(0, list.code(), list.err());
        assertEquals(8, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("COMMUTE_REVIEW\t通勤手当の定期確認\t2-2\t9\tREMINDER\tB-3\t"), list.out());
    }

    @Test
    void aBadDayRuleOrAStaleVersionIsRefused() {
        assertEquals(
                1,
                cli.run("seasonal", "set", "--ledger", ledger, "--item", "BONUS", "--day", "15日")
                        .code());
        assertEquals(
                1,
                cli.run("seasonal", "set", "--ledger", ledger, "--item", "NO_SUCH")
                        .code());
        assertEquals(
                0,
                cli.run("seasonal", "set", "--ledger", ledger, "--item", "BONUS")
                        .code());
        assertEquals(
                3,
                cli.run("seasonal", "set", "--ledger", ledger, "--item", "BONUS", "--expect-version", "0")
                        .code());
    }
}
