package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.ui.AppLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the app's window (the default when the jar is started without a command). */
@Command(name = "app", description = "アプリの画面を開く(コマンドを省略したときの動作)")
final class AppCommand extends EnvCommand {
    @Option(names = "--ledger", paramLabel = "FILE", description = "開く台帳(省略時は前回の台帳)")
    Path ledgerFile;

    @Option(names = "--sample", description = "サンプル台帳 sample-data/sample-ledger.db を開く(なければ作る)")
    boolean sample;

    @Override
    public Integer call() {
        AppLauncher.launch(new AppLauncher.Options(ledgerFile, sample, env.login()));
        return Cli.KEEP_RUNNING;
    }
}
