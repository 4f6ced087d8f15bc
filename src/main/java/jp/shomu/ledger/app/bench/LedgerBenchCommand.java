package jp.shomu.ledger.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.sample.BulkLedger;
import jp.shomu.ledger.store.Sql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the everyday reads and saves on a big ledger (made by {@code bench generate}) through the app and as raw
 * SQLite, and the memory the app uses with it open. Saves edit open cases' subjects: the file is changed.
 */
@Command(name = "ledger", description = "大きな台帳で、一覧・期限順・検索・保存・月次集計の速さとメモリを測ります(素の SQLite との比)。")
final class LedgerBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE")
    Path ledgerFile;

    @Option(names = "--queries", defaultValue = "200", description = "一覧・検索の回数(種類ごと)")
    int queries;

    @Option(names = "--saves", defaultValue = "100")
    int saves;

    @Option(names = "--login", defaultValue = BulkLedger.ADMIN)
    String login;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = ledgerFile.toAbsolutePath();
        long t0 = System.nanoTime();
        try (LedgerContext ctx = LedgerContext.open(file, Clock.systemUTC());
                RawLedger raw = new RawLedger(file)) {
            StaffMember me = ctx.whoIs(login);
            double openMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            int firstList = new CaseService(ctx)
                    .list(me, CaseQuery.all().withStatuses(LedgerWorkload.OPEN))
                    .size();
            double firstListMs = (System.nanoTime() - t1) / 1e6;
            long cases = ctx.ledger()
                    .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1))
                            .orElse(0L));
            out.printf(
                    "台帳 %s: 案件 %,d 件、%.0f MB、開くまで %.0f ms、最初の一覧(未完了 %,d 件)%.0f ms%n",
                    file.getFileName(), cases, Files.size(file) / 1e6, openMs, firstList, firstListMs);
            out.printf("負荷: %s%n", loadAverage());
            out.flush();
            LedgerWorkload work = new LedgerWorkload(ctx, raw, me, seed);
            List<LedgerWorkload.Result> results = new ArrayList<>(work.queries(queries));
            results.add(work.saves(saves));
            out.println("項目\t回数\tアプリ p50\tアプリ p95\t素 p50\t素 p95\t比(p50)\t件数 p50");
            for (LedgerWorkload.Result r : results) {
                out.println(row(r));
            }
            Memory m = Memory.now();
            out.printf("メモリ(台帳を開いたまま、GC後): ヒープ使用 %.1f MB、RSS %.1f MB%n", m.heapMb(), m.rssMb());
            out.printf("RESULT heap_mb=%.1f rss_mb=%.1f open_ms=%.0f%n", m.heapMb(), m.rssMb(), openMs);
        }
        return ExitCodes.DONE;
    }

    private static String row(LedgerWorkload.Result r) {
        Latencies a = r.app();
        Latencies w = r.raw();
        String ratio = a.count() > 0 && w.count() > 0
                ? String.format("%.2f", a.percentile(50) / Math.max(0.001, w.percentile(50)))
                : "-";
        return String.format(
                "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%.0f",
                r.name(),
                Math.max(a.count(), w.count()),
                ms(a, 50),
                ms(a, 95),
                ms(w, 50),
                ms(w, 95),
                ratio,
                r.rows().percentile(50));
    }

    private static String ms(Latencies l, double p) {
        return l.count() == 0 ? "-" : String.format("%.1f", l.percentile(p));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "不明";
        }
    }

    /** Heap in use after a full collection, and the process's resident memory from /proc/self/status (Linux). */
    record Memory(double heapMb, double rssMb) {
        static Memory now() {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            double heap = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
            double rss = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                rss = -1;
            }
            return new Memory(heap, rss);
        }
    }
}
