package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerVerifier;
import picocli.CommandLine.Command;

/** Checks the file, the audit chain and every row against its last audited image. */
@Command(name = "verify", description = "台帳を検査します(ファイルの整合性、監査ログの改ざん、アプリを通さない変更)。")
final class VerifyCommand extends BaseCommand {
    @Override
    public Integer call() {
        try (Ledger ledger = Ledger.open(ledgerFile, env.clock())) {
            LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
            if (r.ok()) {
                out().println("検査OK: 案件 " + r.cases() + " 件、監査ログ " + r.auditRows() + " 行");
                return ExitCodes.DONE;
            }
            err().println("検査で問題が見つかりました(" + r.problems().size() + " 件):");
            r.problems().forEach(p -> err().println("  - " + p));
            return ExitCodes.LEDGER_PROBLEM;
        }
    }
}
