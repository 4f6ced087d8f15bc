package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.service.workplace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Puts a checked backup in place of the ledger; an existing file is replaced only with --replace, and kept aside. */
@Command(name = "restore", description = "バックアップを検査してから台帳として戻します。既存の台帳は --replace を付けたときだけ置き換え、別名で残します。")
final class RestoreCommand extends BaseCommand {
    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "戻すバックアップファイル")
    Path backup;

    @Option(names = "--replace", description = "既存の台帳を置き換える(全員がアプリを閉じてから)")
    boolean replace;

    @Override
    public Integer call() {
        Path target = ledgerFile.requireFile("バックアップからの復元");
        Path aside = BackupService.restore(env.login(), backup, target, replace, env.clock());
        out().println("バックアップを検査して戻しました: " + backup + " → " + target);
        if (aside != null) {
            out().println("  置き換えた台帳は残してあります: " + aside);
        }
        return ExitCodes.DONE;
    }
}
