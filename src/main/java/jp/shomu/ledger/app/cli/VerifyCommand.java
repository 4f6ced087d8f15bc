package jp.shomu.ledger.app.cli;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.AuditAnchors;
import jp.shomu.ledger.store.audit.HeadRecord;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Checks the file, the audit chain and every row against its last audited image; and, given anchors, history. */
@Command(name = "verify", description = "台帳を検査します(ファイルの整合性、監査ログの改ざん、アプリを通さない変更)。")
final class VerifyCommand extends BaseCommand {
    @Option(
            names = "--anchor",
            paramLabel = "HASH@DATE",
            description = "月次報告に印刷されたアンカー。" + "その日までの履歴が変わっていないことも確かめる。繰り返し指定できます")
    List<String> anchorTexts = new ArrayList<>();

    @Override
    public Integer call() {
        List<ChainAnchor> anchors = anchorTexts.stream().map(ChainAnchor::parse).toList();
        try (Ledger ledger = Ledger.open(ledgerFile, env.clock())) {
            LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
            List<String> problems = new ArrayList<>(r.problems());
            HeadRecord.check(ledger).ifPresent(problems::add);
            List<String> proven = new ArrayList<>();
            for (ChainAnchor anchor : anchors) {
                AuditAnchors.Result a = AuditAnchors.check(ledger, anchor);
                problems.addAll(a.problems());
                if (a.ok()) {
                    proven.add("アンカー " + anchor.date() + ": 監査ログの行 " + a.seq() + " まで、履歴は変わっていません");
                }
                a.notes().forEach(n -> proven.add("  注: " + n));
            }
            if (problems.isEmpty()) {
                HeadRecord.record(ledger);
                out().println("検査OK: 案件 " + r.cases() + " 件、監査ログ " + r.auditRows() + " 行");
                r.notes().forEach(n -> out().println("  注: " + n));
                proven.forEach(out()::println);
                return ExitCodes.DONE;
            }
            err().println("検査で問題が見つかりました(" + problems.size() + " 件):");
            problems.forEach(p -> err().println("  - " + p));
            return ExitCodes.LEDGER_PROBLEM;
        }
    }
}
