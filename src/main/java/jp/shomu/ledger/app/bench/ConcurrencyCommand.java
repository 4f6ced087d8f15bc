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
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The concurrency harness: N writer processes and R readers on one new ledger through the real store code, with
 * optionally the long operations (backup, monthly report, full export) run alongside through the real command
 * line, then the lost-update proof and verify, then the same load with plain sqlite-jdbc for the ratio. The ledger may
 * be a database on a PostgreSQL server (issue #19): the same writers, readers, proof and verify, plain pgjdbc for
 * the ratio; the run's databases are created for it and dropped after it.
 */
@Command(name = "concurrency", description = "N 個のプロセスで同じ台帳に同時に書き込み、消失がないことと速度を確かめます。")
final class ConcurrencyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--ledger",
            required = true,
            paramLabel = "FILE|postgresql://…",
            converter = BenchDatabase.Converter.class,
            description = "作成する計測用台帳(既存ファイルは不可)。postgresql://サーバー/名前 ならそのデータベースを新しく作り、計測後に消します")
    LedgerLocation ledger;

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

    @Option(names = "--no-raw", description = "素の sqlite-jdbc(PostgreSQL では pgjdbc)との比較を省く")
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
        if (ledger instanceof LedgerLocation.Server server) {
            if (preload > 0 || !during.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(), "--preload と --during はファイルの台帳だけで使えます: " + server.display());
            }
            // the run's own databases, created now and dropped afterwards (the raw copy is made from the first)
            LedgerLocation.Server raw = BenchDatabase.sibling(server, "_raw");
            BenchDatabase.create(server);
            try {
                return measure(server, raw, "shomu-bench-" + server.database() + "-");
            } finally {
                BenchDatabase.drop(raw);
                BenchDatabase.drop(server);
            }
        }
        Path file = ledger.requireFile("計測");
        if (Files.exists(file)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "計測用の台帳は新しく作ります。既にあるファイルは使いません: " + file);
        }
        // on the same disk or share as the ledger
        Path raw = file.resolveSibling(file.getFileName() + ".raw.db");
        return measure(ledger, LedgerLocation.of(raw), "shomu-bench-" + file.getFileName() + "-");
    }

    private int measure(LedgerLocation location, LedgerLocation raw, String workPrefix) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // the harness's own files (ready and go signals, logs, results, the long operations' outputs) stay on this
        // PC's disk: on a share they would add traffic of their own, and smbnetfs refuses some of them now and then
        Path work = Files.createTempDirectory(workPrefix);
        if (preload > 0) {
            out.printf("事前の案件 %,d 件(直近 %d 年分)を作成しています…%n", preload, BenchSetup.PRELOAD_YEARS);
            out.flush();
        }
        long setupStart = System.nanoTime();
        long firstHot = BenchSetup.create(location, writers, readers, hot, preload);
        if (preload > 0) {
            out.printf(
                    "  作成: %.0f 秒、台帳 %.1f MB%n",
                    (System.nanoTime() - setupStart) / 1e9, Files.size(location.requireFile("計測")) / 1e6);
        }
        if (!noRaw) {
            if (raw instanceof LedgerLocation.Server rawDb) {
                BenchDatabase.copy((LedgerLocation.Server) location, rawDb);
            } else {
                Files.copy(location.requireFile("計測"), raw.requireFile("計測"));
            }
        }
        out.printf(
                "同時書き込みの計測: 書き込み %d プロセス、閲覧 %d、%.0f 秒、間隔 %s、共有案件 %d、%s%s%n",
                writers,
                readers,
                seconds,
                pace == 0 ? "全速" : pace + " ms",
                hot,
                location.isServer()
                        ? "PostgreSQL " + location.display()
                        : "journal_mode " + System.getProperty("shomu.journalMode", "TRUNCATE")
                                + ("off".equals(System.getProperty("shomu.saveQueue")) ? "、保存の順番待ちなし" : ""),
                during.isEmpty()
                        ? ""
                        : "、同時に "
                                + String.join(
                                        "→", during.stream().map(o -> o.label).toList()));
        out.flush();

        Phase.Load load = new Phase.Load(writers, readers, seconds, pace, hot, firstHot);
        // no long operations on a server (refused above): they are the file's backup, report and export
        Path file = location instanceof LedgerLocation.File f ? f.path() : null;
        LongOperations operations = new LongOperations(during, file, work.resolve("operations"));
        Phase app = Phase.run("writer", location, work.resolve("app"), load, operations);
        Optional<LongOperations.Run> lastBackup = operations.lastRunOf(LongOperation.BACKUP);
        Optional<RestoreCheck> restore = lastBackup.flatMap(RestoreCheck::of);
        List<WriteLog.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= writers; i++) {
            entries.addAll(WriteLog.read(app.dir.resolve("log-" + i + ".txt"), BenchSetup.writerLogin(i)));
        }
        LostUpdateCheck.Outcome lost;
        LedgerVerifier.Result verified;
        try (Ledger opened = Ledger.open(location, Clock.systemUTC())) {
            lost = LostUpdateCheck.check(opened, entries, false);
            verified = LedgerVerifier.verify(opened);
        }
        print(out, "アプリ(台帳の保存処理)", app);
        out.printf(
                "  競合(他の人が先に保存)を検出: %d、入力の拒否(チェック済み等): %d、その他のエラー: %d%n",
                app.total("conflicts"), app.total("refused"), app.total("errors"));
        out.printf(
                "  ロック要求: 断られて再試行 %d 回(%.0f 回/秒、全プロセス合計)、保存の順番待ち %d 回(1 回につき要求 1 つ)%n",
                app.total("lockRetries"), app.total("lockRetries") / app.seconds, app.total("queued"));
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
            if (location.isServer()) {
                print(out, "素の pgjdbc(lock_timeout " + RawWriterCommand.RAW_BUSY_TIMEOUT_MS + " ms、再試行なし)", rawPhase);
            } else {
                print(
                        out,
                        "素の sqlite-jdbc(busy_timeout " + RawWriterCommand.RAW_BUSY_TIMEOUT_MS + " ms、再試行なし)",
                        rawPhase);
            }
            out.printf(
                    "比率: アプリ / 素の %s = %.0f %%(コミット/秒)%n",
                    location.isServer() ? "PostgreSQL" : "SQLite",
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
