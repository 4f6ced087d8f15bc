package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.service.workplace.LedgerMigration;
import jp.shomu.ledger.store.LedgerTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Moves a ledger from its file to a PostgreSQL server, or back to a file for the handover bundle (issue #19):
 * everything in one transaction, compared row by row and verified before it says done. Exit 0 done and verified,
 * 1 refused (the target is not empty, bad arguments, not the 管理責任者), 2 the source cannot be read.
 */
@Command(
        name = "migrate",
        description = "台帳をファイルから PostgreSQL へ(または PostgreSQL からファイルへ)移します。すべてを1回で写し、"
                + "移行先を読み直して行ごとに比べ、検査してから完了とします。移行先は空であること(管理責任者)。")
final class MigrateCommand extends EnvCommand {
    @Option(
            names = "--from",
            required = true,
            paramLabel = "LEDGER",
            description = "移行元: 台帳ファイル(.db)または postgresql://サーバー[:ポート]/データベース",
            converter = LedgerLocationConverter.class)
    LedgerLocation from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "LEDGER",
            description = "移行先: まだないファイル(.db)、または表のない空のデータベース postgresql://サーバー[:ポート]/データベース",
            converter = LedgerLocationConverter.class)
    LedgerLocation to;

    @Override
    public Integer call() {
        if (from.equals(to)) {
            err().println("エラー: 移行元と移行先が同じです: " + from.display());
            return ExitCodes.INVALID;
        }
        err().println("移行します: " + from.display() + " → " + to.display());
        long started = System.nanoTime();
        LedgerMigration.Outcome o;
        try {
            o = LedgerMigration.migrate(from, to, env.login(), env.clock(), new LedgerTransfer.Progress() {
                @Override
                public void copied(String table, long rows, long total) {
                    err().printf("  %s: %,d / %,d 行%n", table, rows, total);
                    err().flush();
                }

                @Override
                public void step(String what) {
                    err().printf("%s(%.0f 秒経過)%n", what, (System.nanoTime() - started) / 1e9);
                    err().flush();
                }
            });
        } catch (LedgerException e) {
            if (e.problem() != LedgerProblem.ALREADY_EXISTS) {
                throw e;
            }
            err().println("エラー: " + e.getMessage());
            return ExitCodes.INVALID; // a target that is not empty is refused, untouched
        }
        err().printf("所要時間: %.1f 秒%n", (System.nanoTime() - started) / 1e9);
        out().printf(
                        "移行しました: 案件 %d 件、監査ログ %d 行(全 %d 行)、チェーンの先頭 %d/%s。移行先を検査しました(一致)%n",
                        o.cases(),
                        o.auditRows(),
                        o.copied().totalRows(),
                        o.head().seq(),
                        o.head().hash().substring(0, 12));
        return ExitCodes.DONE;
    }
}
