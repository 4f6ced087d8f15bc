package jp.shomu.ledger.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Sql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A person watching the ledger: refreshes the case list every second, like the app does after data_version
 * changes, and runs the monthly figures every few seconds — each query a short autocommit read.
 */
@Command(name = "reader", hidden = true)
final class ReaderCommand implements Callable<Integer> {
    @Option(names = "--ledger", required = true, converter = BenchDatabase.Converter.class)
    LedgerLocation ledger;

    @Option(names = "--dir", required = true)
    Path dir;

    @Option(names = "--index", required = true)
    int index;

    @Option(names = "--seconds", required = true)
    double seconds;

    @Option(names = "--report-every", defaultValue = "5")
    double reportEverySeconds;

    @Override
    public Integer call() throws InterruptedException {
        Latencies lists = new Latencies();
        Latencies reports = new Latencies();
        try (LedgerContext ctx = LedgerContext.open(ledger, Clock.systemUTC())) {
            StaffMember me = ctx.whoIs(BenchSetup.readerLogin(index));
            CaseService cases = new CaseService(ctx);
            Children.readyAndAwaitGo(dir, "reader-" + index);
            RunPeriod period = new RunPeriod(dir, seconds);
            long nextReport = System.nanoTime() + (long) (index * 1e9);
            while (!period.over()) {
                long t = System.nanoTime();
                cases.list(me, CaseQuery.all().withText(null));
                lists.add((System.nanoTime() - t) / 1e6);
                if (System.nanoTime() >= nextReport) {
                    t = System.nanoTime();
                    monthlyFigures(ctx);
                    reports.add((System.nanoTime() - t) / 1e6);
                    nextReport += (long) (reportEverySeconds * 1e9);
                }
                Thread.sleep(1000);
            }
        }
        new ChildResult()
                .put("lists", lists.encode())
                .put("reports", reports.encode())
                .write(dir.resolve("result-reader-" + index + ".txt"));
        return 0;
    }

    /** The read shape of the monthly report: aggregated in SQL, one short statement per figure. */
    static void monthlyFigures(LedgerContext ctx) {
        LocalDate first = LocalDate.now(JapanTime.ZONE).withDayOfMonth(1);
        String from = first.toString();
        String to = first.plusMonths(1).minusDays(1).toString();
        ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT type_code, COUNT(*), SUM(completed_on IS NOT NULL),"
                                + " SUM(completed_on > due_on) FROM case_file WHERE received_on BETWEEN ? AND ? GROUP BY type_code",
                        rs -> rs.getString(1),
                        from,
                        to));
        ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT f.type_code, SUM(t.minutes) FROM time_entry t JOIN case_file f"
                                + " ON f.id = t.case_id WHERE t.work_date BETWEEN ? AND ? GROUP BY f.type_code",
                        rs -> rs.getString(1),
                        from,
                        to));
        ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT outcome, COUNT(*) FROM review WHERE reviewed_at >= ? GROUP BY outcome",
                        rs -> rs.getString(1),
                        from));
        ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT status, COUNT(*) FROM case_file WHERE status NOT IN ('DONE','WITHDRAWN')"
                                + " GROUP BY status",
                        rs -> rs.getString(1)));
    }
}
