package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.service.sample.BulkLedger;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a large fictional ledger (years of cases) for {@code bench ledger}, and optionally verifies it. */
@Command(name = "generate", description = "計測用に、架空の案件を何年分も入れた大きな台帳を作ります(例: 500,000件)。")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "作成する台帳(既存ファイルは不可)")
    Path ledgerFile;

    @Option(names = "--cases", defaultValue = "500000", paramLabel = "N")
    int cases;

    @Option(names = "--years", defaultValue = "5", description = "受付日を散らす年数(今日まで)")
    int years;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "「今日」(省略時は今日)")
    LocalDate until;

    @Option(names = "--batch", defaultValue = "5000", description = "1トランザクションの件数")
    int batch;

    @Option(names = "--seed", defaultValue = "20260401")
    long seed;

    @Option(names = "--verify", description = "作成後に verify を実行して時間を表示する")
    boolean verify;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = ledgerFile.toAbsolutePath();
        if (Files.exists(file)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "計測用の台帳は新しく作ります。既にあるファイルは使いません: " + file);
        }
        LocalDate today = until != null ? until : LocalDate.now(JapanTime.ZONE);
        out.printf("作成: %s に %,d 件(%d 年分、%s まで、%,d 件ごとに確定)%n", file, cases, years, today, batch);
        out.flush();
        long start = System.nanoTime();
        int step = Math.max(batch, cases / 20);
        BulkLedger.generate(file, cases, years, today, batch, seed, done -> {
            if (done % step < batch || done == cases) {
                double s = (System.nanoTime() - start) / 1e9;
                out.printf("  %,9d 件 %7.1f 秒 (%,.0f 件/秒)%n", done, s, done / s);
                out.flush();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Ledger ledger = Ledger.open(file, Clock.systemUTC())) {
            long audit = ledger.read(c -> Sql.queryOne(c, "SELECT MAX(seq) FROM audit_log", rs -> rs.getLong(1))
                    .orElse(0L));
            long ticks = ledger.read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM checklist_tick", rs -> rs.getLong(1))
                    .orElse(0L));
            out.printf(
                    "完了: %,d 件、チェック %,d 行、監査ログ %,d 行、%.1f MB、%.0f 秒(%,.0f 件/秒)%n",
                    cases, ticks, audit, Files.size(file) / 1e6, seconds, cases / seconds);
            if (verify) {
                long t = System.nanoTime();
                LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
                out.printf(
                        "verify: %s、%.1f 秒%n", r.ok() ? "OK" : "問題あり " + r.problems(), (System.nanoTime() - t) / 1e9);
                return r.ok() ? ExitCodes.DONE : ExitCodes.LEDGER_PROBLEM;
            }
        }
        return ExitCodes.DONE;
    }
}
