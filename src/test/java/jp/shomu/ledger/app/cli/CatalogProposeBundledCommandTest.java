package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.testing.OlderCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog propose-bundled}: the app's new formulas and thresholds as one proposal for an older ledger. */
class CatalogProposeBundledCommandTest {
    @TempDir
    Path dir;

    private final CliRunner leader = new CliRunner("leader");
    private final CliRunner admin = new CliRunner("admin");

    private String ledger(boolean older) {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            if (older) {
                OlderCatalog.install(ctx, "admin");
            }
        }
        return dir.resolve("test.db").toString();
    }

    @Test
    void aNewLedgerHasNothingToPropose() {
        String ledger = ledger(false);
        CliRunner.Result r = leader.run("catalog", "propose-bundled", "--ledger", ledger);
        assertEquals(1, r.code(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().contains("台帳のカタログにない計算項目・基準値・項目はありません"), r.err());
    }

    @Test
    void anOlderLedgerGetsOneProposalThatASecondPersonApproves() {
        String ledger = ledger(true);
        CliRunner.Result r = leader.run("catalog", "propose-bundled", "--ledger", ledger);
        assertEquals(0, r.code(), r.err());
        long id = Long.parseLong(r.line());

        CliRunner.Result again = admin.run("catalog", "propose-bundled", "--ledger", ledger);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("変更提案 " + id + " がすでに承認を待っています"), again.err());

        CliRunner.Result list = admin.run("catalog", "proposals", "--ledger", ledger);
        assertTrue(list.out().startsWith(id + "\t業務カタログ\t承認待ち\t"), list.out());
        assertTrue(list.out().contains("アプリのカタログから追加("), list.out());

        CliRunner.Result approved =
                admin.run("catalog", "approve", "--ledger", ledger, "--id", Long.toString(id), "--comment", "確認した");
        assertEquals(0, approved.code(), approved.err());
        CliRunner.Result after = leader.run("catalog", "propose-bundled", "--ledger", ledger);
        assertEquals(1, after.code(), "nothing new once approved");
    }

    @Test
    void anOperatorMayNotPropose() {
        String ledger = ledger(true);
        CliRunner.Result r = new CliRunner("op1").run("catalog", "propose-bundled", "--ledger", ledger);
        assertEquals(1, r.code(), r.err());
    }
}
