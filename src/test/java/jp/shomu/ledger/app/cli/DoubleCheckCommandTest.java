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
            long v = flow.start(op2, id, 1);
            for (String item : List.of("c1", "c2", "c4", "c5")) {
                flow.tick(op2, id, item, "");
            }
            version = flow.submitForCheck(op2, id, v);
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
}
