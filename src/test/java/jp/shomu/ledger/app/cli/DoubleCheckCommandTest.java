package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four-eyes rule on the command line: who did the maker's work is refused as checker, with exit code 1. */
class DoubleCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void approvingACaseYouWorkedOnIsRefusedWithExitCodeOne() {
        long id;
        long version;
        try (LedgerContext ctx = TestLedger.create(dir)) {
            CaseService cases = new CaseService(ctx);
            CaseWorkflow flow = new CaseWorkflow(ctx);
            var op1 = ctx.whoIs("op1");
            var op2 = ctx.whoIs("op2");
            id = cases.create(
                    op1,
                    "2-2",
                    "通勤手当 新規認定",
                    Map.of(
                            "手当種別",
                            "通勤",
                            "認定区分",
                            "新規",
                            "対象職員",
                            "99123456",
                            "事実発生日",
                            "R9.4.1",
                            "届出受理日",
                            "令和9年4月12日",
                            "書類完備日",
                            "2027-04-12"));
            var leader = ctx.whoIs("leader");
            long v = flow.assign(leader, id, 1, op2.id()); // op2 works the case first ...
            v = flow.start(op2, id, v);
            for (String item : List.of("c1", "c2", "c4", "c5")) {
                flow.tick(op2, id, item, "");
            }
            v = flow.assign(leader, id, v, op1.id()); // ... then it goes back to op1, who asks for the check
            version = flow.submitForCheck(op1, id, v);
            flow.tick(ctx.whoIs("leader"), id, "c6", "");
        }
        String ledger = dir.resolve("test.db").toString();
        CliRunner.Result r = new CliRunner("op2")
                .run(
                        "case",
                        "do",
                        "approve",
                        "--ledger",
                        ledger,
                        "--id",
                        Long.toString(id),
                        "--expect-version",
                        Long.toString(version),
                        "--comment",
                        "確認済");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("ダブルチェックはできません"), r.err());
        CliRunner.Result ok = new CliRunner("admin")
                .run(
                        "case",
                        "do",
                        "approve",
                        "--ledger",
                        ledger,
                        "--id",
                        Long.toString(id),
                        "--expect-version",
                        Long.toString(version),
                        "--comment",
                        "確認済");
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void anotherOperatorCannotWithdrawOrHoldTheMakersCaseExitCodeOne() {
        long id;
        try (LedgerContext ctx = TestLedger.create(dir)) {
            id = new CaseService(ctx).create(ctx.whoIs("op1"), "1-2", "住所変更届", Map.of("届出種別", "住所変更"));
        }
        String ledger = dir.resolve("test.db").toString();
        String[] withdraw = {
            "case",
            "do",
            "withdraw",
            "--ledger",
            ledger,
            "--id",
            Long.toString(id),
            "--expect-version",
            "1",
            "--comment",
            "申請者からの取下げ"
        };
        CliRunner.Result refused = new CliRunner("op2").run(withdraw);
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("担当者本人か業務責任者・管理責任者"), refused.err());
        CliRunner.Result hold = new CliRunner("op2")
                .run(
                        "case",
                        "do",
                        "hold",
                        "--ledger",
                        ledger,
                        "--id",
                        Long.toString(id),
                        "--expect-version",
                        "1",
                        "--comment",
                        "市の判断",
                        "--to",
                        "人事課");
        assertEquals(1, hold.code(), hold.out() + hold.err());
        CliRunner.Result ok = new CliRunner("op1").run(withdraw);
        assertEquals(0, ok.code(), ok.out() + ok.err());
    }
}
