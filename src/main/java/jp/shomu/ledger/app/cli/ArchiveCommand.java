package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TransactionTimes;
import jp.shomu.ledger.service.archive.ArchiveService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Moves a finished fiscal year's closed cases into a read-only archive file beside the ledger, the audit trail up to
 * the year's end into an audit archive file, and gives the freed space back (管理責任者 only).
 */
@Command(
        name = "archive",
        description = "終わった年度の完了・取下げ案件を、台帳の隣(サーバーの台帳は --folder)の保管ファイル(読み取り専用)へ移します。"
                + "その年度末までの監査ログも監査ログの保管ファイルへ移し、空いた領域を返して台帳ファイルを小さくします。"
                + "管理責任者だけが実行できます。中断しても、もう一度実行すると続きから進みます。")
final class ArchiveCommand extends BaseCommand {
    @Option(names = "--fiscal-year", required = true, paramLabel = "YYYY", description = "年度(2026 = 2026年4月〜2027年3月)")
    int fiscalYear;

    @Option(names = "--batch", defaultValue = "200", paramLabel = "N", description = "1回の書き込みで削除・再記載する件数(既定 200)")
    int batch;

    @Option(names = "--pause-ms", defaultValue = "50", paramLabel = "MS", description = "書き込みの間の休み(他の人の保存を先に通す)")
    long pauseMillis;

    @Option(
            names = "--audit-rows",
            defaultValue = "2000",
            paramLabel = "N",
            description = "1回の書き込みで台帳から削除する、保管ファイルへ移した監査ログの行数(既定 2000)")
    int auditRows;

    @Option(
            names = "--free-pages",
            defaultValue = "1000",
            paramLabel = "N",
            description = "1回の書き込みでファイルシステムへ返す空きページ数(既定 1000 = 4 MB)")
    int freePages;

    @Option(names = "--folder", paramLabel = "DIR", description = "サーバーの台帳の保管ファイルを置くフォルダ(最初の実行で指定。台帳に記録され、以後はそこを使います)")
    java.nio.file.Path folder;

    @Override
    public Integer call() {
        try (LedgerContext ctx = open()) {
            if (folder != null) {
                new ArchiveService(ctx).useFolder(ctx.whoIs(env.login()), folder);
            }
            ArchiveService.Outcome o = new ArchiveService(ctx)
                    .archive(
                            ctx.whoIs(env.login()),
                            fiscalYear,
                            new ArchiveService.Options(
                                    Math.max(1, batch),
                                    Math.max(0, pauseMillis),
                                    Math.max(1, auditRows),
                                    Math.max(1, freePages)),
                            line -> {
                                out().println(line);
                                out().flush();
                            });
            if (o.archive() == null) {
                out().println(fiscalYear + "年度に完了した案件はありません。保管ファイルは作りませんでした。");
            } else {
                out().println("保管ファイル: " + o.archive());
                out().println("  SHA-256: " + o.sha256());
                out().printf(
                                "  保管ファイルの案件 %,d 件、今回台帳から削除 %,d 件、以前の実行で削除済み %,d 件%n",
                                o.archived(), o.removed(), o.alreadyRemoved());
                out().println("  " + times(batch + " 件ずつ", o.removal()));
                if (!o.changedMeanwhile().isEmpty()) {
                    out().println("  移動中に変更されたため台帳に残した案件(保管ファイルには変更前の写しがあります): " + o.changedMeanwhile());
                }
                printCheckpoint(o.checkpoint());
                printShrink(o.shrink());
            }
            out().printf("  この年度に受け付けて未完了の案件 %,d 件は台帳に残しています。%n", o.openLeft());
            return ExitCodes.DONE;
        }
    }

    private void printCheckpoint(ArchiveService.Checkpoint c) {
        if (c.file() != null) {
            out().printf("監査ログの保管ファイル: %s(%s まで、行 %,d まで)%n", c.file(), c.lastDay(), c.seq());
            out().println("  SHA-256: " + c.sha256());
            out().printf("  移した行 %,d、最後の記録の再記載 %,d 件%n", c.rowsMoved(), c.restated());
        } else if (c.seq() > 0) {
            out().printf("監査ログ: %s まで(行 %,d まで)は以前の実行で保管ファイルへ移してあります。%n", c.lastDay(), c.seq());
        }
        out().printf("  台帳から削除した監査ログ %,d 行。%s%n", c.rowsCut(), times("再記載、区切りの記録、" + auditRows + " 行ずつの削除", c.times()));
    }

    private void printShrink(ArchiveService.Shrink s) {
        if (s == null) {
            out().println("台帳はサーバー上のため、空いた領域は PostgreSQL(autovacuum)が再利用します。");
            return;
        }
        double mb = s.pageSize() / 1e6;
        if (!s.releasable()) {
            out().printf(
                            "台帳ファイル: %,d バイト。空きページ %,d(%.1f MB)は新しい記録に再利用されます。この台帳は空き領域を返す設定"
                                    + "(auto_vacuum=INCREMENTAL)より前に作られたため、ファイルは小さくなりません(docs/PERFORMANCE.md の年度アーカイブを参照)。%n",
                            s.bytesAfter(), s.freePagesLeft(), s.freePagesLeft() * mb);
            return;
        }
        out().printf(
                        "台帳ファイル: %,d バイト → %,d バイト(空きページ %,d を返却)。%s%n",
                        s.bytesBefore(), s.bytesAfter(), s.releasedPages(), times(freePages + " ページずつ", s.times()));
    }

    private static String times(String unit, TransactionTimes t) {
        return String.format(
                "書き込み %,d 回(%s)の中央値 %.0f ms、最長 %.0f ms", t.count(), unit, t.medianMillis(), t.longestMillis());
    }
}
