package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.workplace.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Takes a checked backup while others keep working, and keeps daily and monthly generations. */
@Command(name = "backup", description = "使用中のまま台帳のバックアップを取り、検査してから世代管理します(日次・月次)。")
final class BackupCommand extends BaseCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "バックアップ先のフォルダ")
    Path dir;

    @Option(names = "--keep-daily", defaultValue = "14", description = "残す日次バックアップの数(既定 14)")
    int keepDaily;

    @Option(names = "--keep-monthly", defaultValue = "12", description = "残す月次バックアップの数(既定 12、0 で月次なし)")
    int keepMonthly;

    @Override
    public Integer call() {
        BackupService.Generations keep = new BackupService.Generations(keepDaily, keepMonthly);
        try (LedgerContext ctx = open()) {
            BackupService.Outcome o = BackupService.backup(ctx, ctx.whoIs(env.login()), dir, keep, env.clock());
            out().println("バックアップを作成し、検査しました: " + o.daily());
            out().printf(
                            "  大きさ %,d バイト、台帳を止めた時間 %d ms、案件 %d 件、監査ログ %d 行%n",
                            o.bytes(),
                            o.lockMillis(),
                            o.check().cases(),
                            o.check().auditRows());
            if (o.monthly() != null) {
                out().println("  今月の月次バックアップ: " + o.monthly());
            }
            o.removed().forEach(p -> out().println("  古い世代を削除: " + p.getFileName()));
            return ExitCodes.DONE;
        }
    }
}
