package jp.shomu.ledger.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.shomu.ledger.app.cli.ExitCodes;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.service.settings.RosterService;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.ChangeRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the leader's desk (issue #13: "opens in ≤ 300 ms on a 500,000-case ledger") beside a raw SQLite read of the
 * same rows. The ledger is built by a bulk loader, not the full write path (which takes 30+ minutes for 500,000
 * cases, see {@code bench generate}): valid case rows, double checks and pauses written with plain INSERTs in large
 * transactions, no audit entries, no field values or search index — the desk reads none of those. The file is for
 * this read benchmark only.
 */
@Command(name = "desk", description = "業務責任者の机を開く速さを測ります(計測用の大きな台帳を一括で作ります。監査ログなし・計測専用)。")
final class DeskBenchCommand implements Callable<Integer> {
    private static final int OPERATORS = 30;
    private static final int BATCH = 50_000;
    /** Open statuses and their shares (of 100) among the open cases. */
    private static final String[] OPEN = {
        "RECEIVED", "IN_PROGRESS", "AWAITING_CHECK", "WAITING_REQUESTER", "ON_HOLD", "CITY_APPROVAL"
    };

    private static final int[] OPEN_SHARE = {30, 35, 15, 8, 5, 7};

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "計測用の台帳を作るフォルダ(/tmp など。リポジトリの外)")
    Path dir;

    @Option(names = "--cases", defaultValue = "500000")
    int cases;

    @Option(names = "--years", defaultValue = "5", description = "受付日を散らす年数(今日まで)")
    int years;

    @Option(names = "--recent-days", defaultValue = "45", description = "この日数以内の受付の一部が未完了")
    int recentDays;

    @Option(names = "--open-percent", defaultValue = "45", description = "直近の受付のうち未完了の割合(%)")
    int openPercent;

    @Option(names = "--rounds", defaultValue = "30")
    int rounds;

    @Option(names = "--seed", defaultValue = "13")
    long seed;

    @Option(names = "--reuse", description = "前回作った計測用の台帳をそのまま使う")
    boolean reuse;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = dir.resolve("desk-bench.db");
        LocalDate today = LocalDate.now(JapanTime.ZONE);
        double loadS = BenchLedgerFile.prepare(file, reuse, f -> {
            try (LedgerContext ctx = LedgerContext.open(f, Clock.systemUTC())) {
                RosterService roster = new RosterService(ctx);
                StaffMember admin = ctx.whoIs("admin");
                for (int i = 1; i <= OPERATORS; i++) {
                    roster.add(admin, "op" + i, String.format("98%05d", i), "計測 担当" + i, Role.OPERATOR, "人事・給与");
                }
                roster.add(admin, "lead", "9900001", "計測 責任者", Role.LEADER, "人事・給与");
                List<String> types =
                        ctx.catalog().taskTypes().stream().map(TaskType::code).toList();
                load(ctx.ledger(), types, today, new Random(seed));
            }
        });
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            out.printf(
                    "案件 %,d 件(未完了 %,d 件)、ダブルチェック %,d 行、中断 %,d 行: 作成 %.1f s、ファイル %.0f MB%n",
                    count(raw, "SELECT count(*) FROM case_file"),
                    count(raw, "SELECT count(*) FROM case_file WHERE status NOT IN ('DONE','WITHDRAWN')"),
                    count(raw, "SELECT count(*) FROM review"),
                    count(raw, "SELECT count(*) FROM pause"),
                    loadS,
                    Files.size(file) / 1e6);
            BenchLedgerFile.printLoad(out);
            measure(out, file, raw);
        }
        return ExitCodes.DONE;
    }

    private void measure(PrintWriter out, Path file, Connection raw) throws SQLException {
        try (LedgerContext ctx = LedgerContext.open(file, Clock.systemUTC())) {
            StaffMember lead = ctx.whoIs("lead");
            DeskService service = new DeskService(ctx);
            service.setPayrollCutoff(
                    lead, YearMonth.from(ctx.today()), ctx.today().withDayOfMonth(20));
            Latencies desk = new Latencies();
            Latencies open = new Latencies();
            Latencies rawRead = new Latencies();
            int lines = 0;
            for (int i = -3; i < rounds; i++) {
                long s = System.nanoTime();
                // what the desk screen reads on opening (DeskViewModel.refresh)
                DeskService.Overview overview = service.overview(lead, null, false);
                lines = overview.desk().lines().size();
                int n = overview.within();
                double all = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                service.deskOfTypes(lead, n, Set.of());
                double one = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                rawOpenCases(raw);
                double r = (System.nanoTime() - s) / 1e6;
                if (i >= 0) {
                    desk.add(all);
                    open.add(one);
                    rawRead.add(r);
                }
            }
            out.println("計測\t回数\t中央値 ms\tp95 ms\t最大 ms");
            row(out, "机を開く(机・手持ち・月末: DeskService.overview、画面と同じ読み)", desk);
            row(out, "机の一覧だけ(DeskService.desk)", open);
            row(out, "素の SQLite(未完了の案件と中断を読むだけ)", rawRead);
            out.printf(
                    "RESULT desk_lines=%d desk_open_p50_ms=%.1f desk_open_p95_ms=%.1f desk_only_p50_ms=%.1f"
                            + " raw_p50_ms=%.1f raw_p95_ms=%.1f%n",
                    lines,
                    desk.percentile(50),
                    desk.percentile(95),
                    open.percentile(50),
                    rawRead.percentile(50),
                    rawRead.percentile(95));
        }
    }

    private static void row(PrintWriter out, String what, Latencies l) {
        out.printf("%s\t%d\t%.1f\t%.1f\t%.1f%n", what, l.count(), l.percentile(50), l.percentile(95), l.max());
    }

    /** The desk's two reads in plain JDBC: the open cases with their assignee, and the open pauses. */
    private static void rawOpenCases(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.type_code, f.subject, f.status, f.due_on,"
                        + " f.centre_done_on, f.assignee_id, s.login, s.name, f.updated_at, f.version FROM case_file f"
                        + " LEFT JOIN staff s ON s.id = f.assignee_id WHERE f.status NOT IN ('DONE','WITHDRAWN')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                rs.getString(5);
                rs.getString(6);
                rs.getLong(7);
                rs.getString(8);
                rs.getString(9);
                rs.getString(10);
                rs.getLong(11);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT case_id, kind, addressee, started_on FROM pause WHERE ended_on IS NULL ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Valid case rows received over {@code years} years up to today: all older ones 完了 (1 % 取下げ), the recent ones
     * open in the given share, spread over the open statuses. Each finished case has its double check (5 % sent back
     * once first) and one in five a finished pause; each paused open case its open pause.
     */
    private void load(Ledger ledger, List<String> types, LocalDate today, Random random) {
        BusinessCalendar cal = BusinessCalendar.standard();
        int catalog = ledger.read(ChangeRepository::currentCatalogVersion);
        long admin = ledger.read(c -> count(c, "SELECT id FROM staff WHERE login = 'admin'"));
        long firstOp = ledger.read(c -> count(c, "SELECT id FROM staff WHERE login = 'op1'"));
        int span = years * 365;
        for (int from = 0; from < cases; from += BATCH) {
            int n = Math.min(BATCH, cases - from);
            int first = from;
            ledger.write("admin", tx -> {
                Connection c = tx.connection();
                try (PreparedStatement caseRow = c.prepareStatement("INSERT INTO case_file(type_code, catalog_version,"
                                + " subject, status, status_before_pause, received_on, start_on, due_on, warn_on,"
                                + " centre_done_on, completed_on, assignee_id, created_by, created_at, updated_at,"
                                + " send_back_count, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                        PreparedStatement review = c.prepareStatement("INSERT INTO review(case_id, reviewer_id,"
                                + " maker_id, outcome, reviewed_at) VALUES (last_insert_rowid(), ?, ?, ?, ?)");
                        PreparedStatement pause = c.prepareStatement("INSERT INTO pause(case_id, kind, reason,"
                                + " addressee, started_on, ended_on, started_by) VALUES (?, ?, '計測', ?, ?, ?, ?)");
                        PreparedStatement lastId = c.prepareStatement("SELECT last_insert_rowid()")) {
                    for (int i = 0; i < n; i++) {
                        int age = random.nextInt(span);
                        LocalDate received = today.minusDays(age);
                        boolean open = age < recentDays && random.nextInt(100) < openPercent;
                        String status = open ? openStatus(random) : random.nextInt(100) == 0 ? "WITHDRAWN" : "DONE";
                        LocalDate due = cal.addBusinessDays(received, 3 + random.nextInt(8));
                        LocalDate done = open ? null : cal.addBusinessDays(received, 1 + random.nextInt(10));
                        long assignee = firstOp + random.nextInt(OPERATORS);
                        boolean paused = status.equals("WAITING_REQUESTER") || status.equals("ON_HOLD");
                        String at = (done == null ? received : done) + "T01:00:00Z";
                        caseRow.setString(1, types.get(random.nextInt(types.size())));
                        caseRow.setInt(2, catalog);
                        caseRow.setString(3, "計測用の案件 " + (first + i));
                        caseRow.setString(4, status);
                        caseRow.setString(5, paused ? "IN_PROGRESS" : null);
                        caseRow.setString(6, received.toString());
                        caseRow.setString(7, received.toString());
                        caseRow.setString(8, due.toString());
                        caseRow.setString(9, cal.addBusinessDays(due, -1).toString());
                        caseRow.setString(
                                10,
                                status.equals("DONE") || status.equals("CITY_APPROVAL")
                                        ? (done == null ? received : done).toString()
                                        : null);
                        caseRow.setString(11, status.equals("DONE") ? done.toString() : null);
                        caseRow.setLong(12, assignee);
                        caseRow.setLong(13, admin);
                        caseRow.setString(14, received + "T00:30:00Z");
                        caseRow.setString(15, at);
                        caseRow.setInt(16, 0);
                        caseRow.setInt(17, open ? 3 : 6);
                        caseRow.executeUpdate();
                        long id;
                        try (ResultSet rs = lastId.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        if (status.equals("DONE")) {
                            review.setLong(1, admin);
                            review.setLong(2, assignee);
                            review.setString(3, random.nextInt(20) == 0 ? "SENT_BACK" : "APPROVED");
                            review.setString(4, at);
                            review.executeUpdate();
                        }
                        if (paused || (!open && random.nextInt(5) == 0)) {
                            pause.setLong(1, id);
                            pause.setString(2, status.equals("ON_HOLD") ? "CITY_HOLD" : "REQUESTER");
                            pause.setString(3, status.equals("ON_HOLD") ? "人事課 給与係" : "");
                            pause.setString(4, received.toString());
                            pause.setString(
                                    5, paused ? null : received.plusDays(1).toString());
                            pause.setLong(6, assignee);
                            pause.executeUpdate();
                        }
                    }
                }
                return null;
            });
        }
    }

    private static String openStatus(Random random) {
        int r = random.nextInt(100);
        for (int i = 0; i < OPEN.length; i++) {
            r -= OPEN_SHARE[i];
            if (r < 0) {
                return OPEN[i];
            }
        }
        return OPEN[0];
    }
}
