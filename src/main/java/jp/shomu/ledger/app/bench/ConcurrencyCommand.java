package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The concurrency harness: N writer processes and R readers on one new ledger through the real store code, with
 * optionally the long operations (backup, monthly report, full export) run alongside through the real command
 * line, then the lost-update proof and verify, then the same load with plain sqlite-jdbc for the ratio.
 */
@Command(name = "concurrency", description = "N 個のプロセスで同じ台帳に同時に書き込み、消失がないことと速度を確かめます。")
final class ConcurrencyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "作成する計測用台帳(既存ファイルは不可)")
    Path ledgerFile;

    @Option(names = "--writers", defaultValue = "35")
    int writers;

    @Option(names = "--readers", defaultValue = "2", description = "一覧更新と月次集計を繰り返す閲覧プロセス数")
    int readers;

    @Option(names = "--seconds", defaultValue = "20")
    double seconds;

    @Option(names = "--pace", defaultValue = "0", description = "1人あたりの平均書き込み間隔(ミリ秒)。0 は全速")
    int pace;

    @Option(names = "--hot", defaultValue = "20", description = "全員が編集する共有案件の数")
    int hot;

    @Option(names = "--no-raw", description = "素の sqlite-jdbc との比較を省く")
    boolean noRaw;

    @Option(names = "--preload", defaultValue = "0", paramLabel = "N", description = "計測前に入れておく架空の案件数(直近1年分)")
    int preload;

    @Option(
            names = "--during",
            split = ",",
            paramLabel = "backup|report|export",
            converter = LongOperation.Converter.class,
            description = "書き込み中に順に実行する長い操作(カンマ区切り・繰り返し可)。各操作と重なった保存の待ち時間を表示する")
    List<LongOperation> during = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = ledgerFile.toAbsolutePath();
        if (Files.exists(file)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "計測用の台帳は新しく作ります。既にあるファイルは使いません: " + file);
        }
        // the harness's own files (ready and go signals, logs, results, the long operations' outputs) stay on this
        // PC's disk: on a share they would add traffic of their own, and smbnetfs refuses some of them now and then
        Path work = Files.createTempDirectory("shomu-bench-" + file.getFileName() + "-");
        if (preload > 0) {
            out.printf("事前の案件 %,d 件(直近 %d 年分)を作成しています…%n", preload, BenchSetup.PRELOAD_YEARS);
            out.flush();
        }
        long setupStart = System.nanoTime();
        long firstHot = BenchSetup.create(file, writers, readers, hot, preload);
        if (preload > 0) {
            out.printf("  作成: %.0f 秒、台帳 %.1f MB%n", (System.nanoTime() - setupStart) / 1e9, Files.size(file) / 1e6);
        }
        Path raw = file.resolveSibling(file.getFileName() + ".raw.db"); // on the same disk or share as the ledger
        if (!noRaw) {
            Files.copy(file, raw);
        }
        out.printf(
                "同時書き込みの計測: 書き込み %d プロセス、閲覧 %d、%.0f 秒、間隔 %s、共有案件 %d、journal_mode %s%s%n",
                writers,
                readers,
                seconds,
                pace == 0 ? "全速" : pace + " ms",
                hot,
                System.getProperty("shomu.journalMode", "TRUNCATE"),
                during.isEmpty()
                        ? ""
                        : "、同時に "
                                + String.join(
                                        "→", during.stream().map(o -> o.label).toList()));
        out.flush();

        Phase.Load load = new Phase.Load(writers, readers, seconds, pace, hot, firstHot);
        LongOperations operations = new LongOperations(during, file, work.resolve("operations"));
        Phase app = Phase.run("writer", file, work.resolve("app"), load, operations);
        Optional<LongOperations.Run> lastBackup = operations.lastRunOf(LongOperation.BACKUP);
        Optional<RestoreCheck> restore = lastBackup.flatMap(RestoreCheck::of);
        List<WriteLog.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= writers; i++) {
            entries.addAll(WriteLog.read(app.dir.resolve("log-" + i + ".txt"), BenchSetup.writerLogin(i)));
        }
        LostUpdateCheck.Outcome lost;
        LedgerVerifier.Result verified;
        try (Ledger ledger = Ledger.open(file, Clock.systemUTC())) {
            lost = LostUpdateCheck.check(ledger, entries, false);
            verified = LedgerVerifier.verify(ledger);
        }
        print(out, "アプリ(台帳の保存処理)", app);
        out.printf(
                "  競合(他の人が先に保存)を検出: %d、入力の拒否(チェック済み等): %d、その他のエラー: %d%n",
                app.total("conflicts"), app.total("refused"), app.total("errors"));
        out.printf(
                "  閲覧: 一覧 %s / 月次集計 %s%n",
                app.readerLatencies("lists").summary(),
                app.readerLatencies("reports").summary());
        out.printf(
                "  消失の検査: 版付きの保存 %d、チェック %d、コメント %d を記録と照合 → %s%n",
                lost.versionedWrites(),
                lost.ticks(),
                lost.comments(),
                lost.ok() ? "消失 0" : "問題 " + lost.problems().size() + " 件");
        lost.problems().stream().limit(10).forEach(p -> out.println("    - " + p));
        out.printf(
                "  verify: %s(案件 %d、監査ログ %d 行)%n",
                verified.ok() ? "OK" : "NG " + verified.problems(), verified.cases(), verified.auditRows());
        if (!during.isEmpty()) {
            DuringOperationsReport.print(out, app, operations.runs(), restore);
        }

        Phase rawPhase = null;
        if (!noRaw) {
            rawPhase = Phase.run("raw-writer", raw, work.resolve("raw"), load);
            print(out, "素の sqlite-jdbc(busy_timeout " + RawWriterCommand.RAW_BUSY_TIMEOUT_MS + " ms、再試行なし)", rawPhase);
            out.printf(
                    "比率: アプリ / 素の SQLite = %.0f %%(コミット/秒)%n",
                    100.0 * app.commitsPerSecond() / Math.max(1e-9, rawPhase.commitsPerSecond()));
        }
        boolean operationsOk = operations.allSucceeded()
                && (lastBackup.isEmpty() || restore.map(RestoreCheck::ok).orElse(false));
        boolean ok = lost.ok()
                && verified.ok()
                && app.total("busy") == 0
                && app.starved() == 0
                && app.total("errors") == 0
                && app.missingResults() == 0
                && app.killed == 0
                && operationsOk;
        out.println(ok ? "結果: 合格(" + passed(lastBackup.isPresent()) + ")" : "結果: 不合格");
        out.println("作業フォルダ: " + work);
        out.flush();
        return ok ? ExitCodes.DONE : ExitCodes.LEDGER_PROBLEM;
    }

    private String passed(boolean restored) {
        return "消失 0、ビジーエラー 0、全員が保存できた、verify OK" + (during.isEmpty() ? "" : "、長い操作はすべて終了コード 0")
                + (restored ? "、バックアップを復元して verify OK" : "");
    }

    private static void print(PrintWriter out, String title, Phase p) {
        Latencies l = p.writeLatencies();
        out.printf("%s: %.1f コミット/秒、保存の待ち時間 %s%n", title, p.commitsPerSecond(), l.summary());
        out.printf("  書き込みロックの保持 %s%n", p.lockHolds().summary());
        out.printf(
                "  1プロセスあたりのコミット 最少 %d / 最多 %d、0件のプロセス %d、ビジーで失敗 %d、結果なし %d、強制終了 %d%n",
                p.minCommits(), p.maxCommits(), p.starved(), p.total("busy"), p.missingResults(), p.killed);
        if (!p.firstError().isEmpty()) {
            out.println("  最後のエラーの例: " + p.firstError());
        }
        out.flush();
    }
}
