package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.service.ArchiveService;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Moves a finished fiscal year's closed cases into a read-only archive file beside the ledger (管理責任者 only). */
@Command(name = "archive", description = "終わった年度の完了・取下げ案件を、台帳の隣の保管ファイル(読み取り専用)へ移します。"
        + "管理責任者だけが実行できます。中断しても、もう一度実行すると続きから進みます。")
final class ArchiveCommand extends BaseCommand {
    @Option(names = "--fiscal-year", required = true, paramLabel = "YYYY", description = "年度(2026 = 2026年4月〜2027年3月)")
    int fiscalYear;
    @Option(names = "--batch", defaultValue = "200", paramLabel = "N", description = "1回の書き込みで削除する件数(既定 200)")
    int batch;
    @Option(names = "--pause-ms", defaultValue = "50", paramLabel = "MS", description = "書き込みの間の休み(他の人の保存を先に通す)")
    long pauseMillis;

    @Override
    public Integer call() {
        try (LedgerContext ctx = open()) {
            ArchiveService.Outcome o = new ArchiveService(ctx).archive(ctx.whoIs(env.login()), fiscalYear,
                    new ArchiveService.Options(Math.max(1, batch), Math.max(0, pauseMillis)), line -> {
                        out().println(line);
                        out().flush();
                    });
            if (o.archive() == null) {
                out().println(fiscalYear + "年度に完了した案件はありません。保管ファイルは作りませんでした。");
            } else {
                out().println("保管ファイル: " + o.archive());
                out().println("  SHA-256: " + o.sha256());
                out().printf("  保管ファイルの案件 %,d 件、今回台帳から削除 %,d 件、以前の実行で削除済み %,d 件%n", o.archived(),
                        o.removed(), o.alreadyRemoved());
                out().printf("  1回の書き込み(%d 件ずつ)の中央値 %.0f ms、最長 %.0f ms%n", batch, o.medianBatchMillis(),
                        o.longestBatchMillis());
                if (!o.changedMeanwhile().isEmpty()) {
                    out().println("  移動中に変更されたため台帳に残した案件(保管ファイルには変更前の写しがあります): "
                            + o.changedMeanwhile());
                }
            }
            out().printf("  この年度に受け付けて未完了の案件 %,d 件は台帳に残しています。%n", o.openLeft());
            return ExitCodes.DONE;
        }
    }
}
