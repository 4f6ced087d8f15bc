package jp.shomu.ledger.service.seasonal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seasonal calendar creates what a leader set up on its day, once, however many PCs run it. */
class SeasonalCalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 4, 12);

    @TempDir
    Path dir;

    private LedgerFixture f;
    private SeasonalService service;

    @BeforeEach
    void open() {
        f = LedgerFixture.in(dir);
        service = new SeasonalService(f.ctx);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void setUp(String item, SeasonalAction action, int count, String assignee, String rule, LocalDate from) {
        var line = service.items(f.leader, TODAY).stream()
                .filter(l -> l.item().key().equals(item))
                .findFirst()
                .orElseThrow();
        service.set(
                f.leader,
                new SeasonalSetup(
                        item,
                        action,
                        line.setup().subject(),
                        count,
                        assignee,
                        DayRule.parse(rule),
                        from,
                        true,
                        line.setup().version()));
    }

    private long cases(String subjectLike) {
        return f.ctx.ledger()
                .read(c -> Sql.queryOne(
                                c,
                                "SELECT COUNT(*) FROM case_file WHERE subject LIKE ?",
                                rs -> rs.getLong(1),
                                subjectLike)
                        .orElse(0L));
    }

    @Test
    void aBatchIsCreatedOnceWhenFourPcsRunTheCalendarAtTheSameMoment() throws Exception {
        setUp("PART_TIME_APPOINTMENT", SeasonalAction.CASES, 3, null, "B1", LocalDate.of(2027, 4, 1));
        int pcs = 4;
        CyclicBarrier together = new CyclicBarrier(pcs);
        ExecutorService pool = Executors.newFixedThreadPool(pcs);
        List<Future<List<SeasonalService.Outcome>>> runs = new ArrayList<>();
        List<LedgerContext> contexts = new ArrayList<>();
        for (int i = 0; i < pcs; i++) {
            LedgerContext pc = f.secondConnection();
            contexts.add(pc);
            runs.add(pool.submit(() -> {
                SeasonalService s = new SeasonalService(pc);
                together.await();
                return s.run(pc.whoIs("leader"), TODAY);
            }));
        }
        int created = 0;
        for (var r : runs) {
            for (SeasonalService.Outcome o : r.get()) {
                created += o.createdNow() ? 1 : 0;
            }
        }
        pool.shutdown();
        contexts.forEach(LedgerContext::close);

        assertEquals(1, created);
        assertEquals(3, cases("会計年度任用職員の任用 令和9年4月 (%/3)"));
        long runRows = f.ctx.ledger()
                .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM seasonal_run", rs -> rs.getLong(1), new Object[0])
                        .orElse(0L));
        assertEquals(1, runRows);
        assertTrue(service.run(f.leader, TODAY).isEmpty(), "a later run finds nothing left to do");
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok());
    }

    @Test
    void aRunCatchesUpFromTheSetupsFirstDayButNotBefore() {
        setUp("PART_TIME_APPOINTMENT", SeasonalAction.CASES, 1, "op1", "B1", LocalDate.of(2027, 3, 1));
        List<SeasonalService.Outcome> done = service.run(f.leader, TODAY);
        assertEquals(
                List.of("2027-03", "2027-04"),
                done.stream().map(o -> o.occurrence().key()).toList());
        long assignedToOp1 = f.ctx.ledger()
                .read(c -> Sql.queryOne(
                                c,
                                "SELECT COUNT(*) FROM case_file WHERE type_code = '1-1' AND assignee_id = ?",
                                rs -> rs.getLong(1),
                                f.op1.id())
                        .orElse(0L));
        assertEquals(2, assignedToOp1);
    }

    @Test
    void aReminderRegistersNoCaseAndTheDeskSeesItComing() {
        setUp("BONUS", SeasonalAction.REMINDER, 1, null, "D1", LocalDate.of(2027, 4, 1));
        LocalDate may20 = LocalDate.of(2027, 5, 20);
        List<SeasonalService.Upcoming> coming = service.upcoming(f.leader, may20, 14);
        assertEquals(1, coming.size());
        assertEquals(LocalDate.of(2027, 6, 1), coming.get(0).occurrence().day());
        assertTrue(!coming.get(0).done());
        assertTrue(service.upcoming(f.leader, LocalDate.of(2027, 5, 10), 14).isEmpty(), "22 days ahead is not shown");

        List<SeasonalService.Outcome> done = service.run(f.leader, LocalDate.of(2027, 6, 1));
        assertEquals(1, done.size());
        assertEquals(0, done.get(0).cases());
        assertEquals(0, cases("期末・勤勉手当%"));
        assertTrue(service.upcoming(f.op1, LocalDate.of(2027, 6, 1), 14).get(0).done());
    }

    @Test
    void verifyNamesASetupOrRunChangedOutsideTheApp() throws Exception {
        setUp("BONUS", SeasonalAction.CASES, 2, null, "D1", LocalDate.of(2027, 4, 1));
        service.run(f.leader, LocalDate.of(2027, 6, 1));
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok());
        try (var c = TestBackend.rawConnection(f.file);
                var st = c.createStatement()) {
            st.execute("UPDATE seasonal_setup SET case_count = 200");
            st.execute("UPDATE seasonal_run SET cases = 0");
        }
        var problems = LedgerVerifier.verify(f.ctx.ledger()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("季節業務の設定 BONUS")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("季節業務の実行 BONUS/2027-06")), problems.toString());
    }

    @Test
    void onlyThoseWhoAssignWorkSetUpOrRunTheCalendar() {
        assertThrows(PermissionDeniedException.class, () -> service.run(f.op1, TODAY));
        var line = service.items(f.op1, TODAY).get(0);
        assertThrows(PermissionDeniedException.class, () -> service.set(f.op1, line.setup()));
        assertThrows(PermissionDeniedException.class, () -> service.run(f.auditor, TODAY));
    }
}
