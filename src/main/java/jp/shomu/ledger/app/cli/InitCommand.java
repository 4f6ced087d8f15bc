package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.service.sample.SampleLedger;
import jp.shomu.ledger.service.workplace.NewLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates a new ledger: schema, the bundled catalog, and the person running it as 管理責任者 ({@link NewLedger}). The
 * file is built under a temporary name and moved into place only when complete, so a failed init leaves nothing behind.
 */
@Command(name = "init", description = "新しい台帳を作ります。実行した人が管理責任者として名簿に入ります。既存のファイルは上書きしません。")
final class InitCommand extends BaseCommand {
    @Option(names = "--sample", description = "架空のサンプルデータ(名簿と約2,000件の案件)を入れる")
    boolean sample;

    @Override
    public Integer call() {
        LedgerLocation target =
                NewLedger.create(ledgerFile, env.login(), env.clock(), sample ? SampleLedger::fill : null);
        out().println("台帳を作成しました: " + target.display() + (sample ? "(サンプルデータ入り)" : ""));
        return ExitCodes.DONE;
    }
}
