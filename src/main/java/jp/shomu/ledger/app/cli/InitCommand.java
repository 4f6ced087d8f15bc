package jp.shomu.ledger.app.cli;

import java.nio.file.Path;

import jp.shomu.ledger.service.LedgerCreation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates a new ledger (see {@link LedgerCreation}); the person running it becomes 管理責任者. */
@Command(name = "init", description = "新しい台帳を作ります。実行した人が管理責任者として名簿に入ります。既存のファイルは上書きしません。")
final class InitCommand extends BaseCommand {
    @Option(names = "--sample", description = "架空のサンプルデータ(名簿と約2,000件の案件)を入れる")
    boolean sample;

    @Override
    public Integer call() {
        Path target = ledgerFile.toAbsolutePath();
        LedgerCreation.create(target, env.login(), env.clock(), sample);
        out().println("台帳を作成しました: " + target + (sample ? "(サンプルデータ入り)" : ""));
        return ExitCodes.DONE;
    }
}
