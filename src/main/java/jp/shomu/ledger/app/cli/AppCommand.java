package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.ui.AppLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens the app's window (the default when the jar is started without a command). */
@Command(name = "app", description = "アプリの画面を開く(コマンドを省略したときの動作)")
final class AppCommand extends EnvCommand {
    @Option(names = "--ledger", paramLabel = "FILE", description = "開く台帳(ファイル、または postgresql://サーバー/データベース。省略時は前回の台帳)")
    String ledgerFile;

    @Option(names = "--sample", description = "サンプル台帳 sample-data/sample-ledger.db を開く(なければ作る)")
    boolean sample;

    @Override
    public Integer call() {
        // no screen (a Linux server, an SSH session): one clear line and what to install, not a JavaFX trace
        var problem = AppLauncher.displayProblem(System.getProperty("os.name"), System.getenv());
        if (problem.isPresent()) {
            err().println(problem.get());
            return 1;
        }
        try {
            AppLauncher.launch(new AppLauncher.Options(ledgerFile, sample, env.login()));
        } catch (AppLauncher.NoDisplayException e) {
            err().println(e.getMessage());
            return 1;
        }
        return Cli.KEEP_RUNNING;
    }
}
