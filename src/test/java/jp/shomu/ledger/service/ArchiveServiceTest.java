package jp.shomu.ledger.service;

import jp.shomu.ledger.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerException;
import jp.shomu.ledger.store.LedgerProblem;
import jp.shomu.ledger.store.LedgerVerifier;
import jp.shomu.ledger.store.Sql;

/** The fiscal-year archive: finished cases move out with everything they hold, the rest stays, both files verify. */
class ArchiveServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 10));
    private LedgerContext ctx;
    private ArchivePlay play;
    private long doneInMarch2027;
    private long withdrawn;
    private long stillOpen;
    private long doneNextYear;
    private long receivedLastYearDoneThisYear;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir, clock);
        play = new ArchivePlay(ctx, clock);
        receivedLastYearDoneThisYear = play.receive("2-2");
        clock.set(LocalDate.of(2026, 4, 6));
        play.finish(receivedLastYearDoneThisYear);
        clock.set(LocalDate.of(2026, 6, 1));
        withdrawn = play.receive("2-7");
        play.withdraw(withdrawn);
        stillOpen = play.receive("2-2");
        play.startAndTick(stillOpen);
        doneNextYear = play.receive("2-2");
        clock.set(LocalDate.of(2027, 3, 25));
        doneInMarch2027 = play.receive("2-2");
        play.pauseAndResume(doneInMarch2027);
        play.finish(doneInMarch2027, true);
        play.comment(doneInMarch2027, "請求者へ電話で結果を連絡");
        clock.set(LocalDate.of(2027, 4, 5));
        play.finish(doneNextYear);
        clock.set(LocalDate.of(2027, 4, 12));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private ArchiveService.Outcome archive(String login, int year) {
        return new ArchiveService(ctx).archive(ctx.whoIs(login), year, new ArchiveService.Options(2, 0), line -> { });
    }

    private static Set<Long> caseIds(Ledger ledger) {
        return Set.copyOf(ledger.read(c -> Sql.query(c, "SELECT id FROM case_file", rs -> rs.getLong(1))));
    }

    private static long count(Ledger ledger, String sql, Object... params) {
        return ledger.read(c -> Sql.queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L));
    }

    @Test
    void theYearsFinishedCasesMoveWithEverythingTheyHoldAndTheRestStays() {
        Map<String, Long> before = play.activityOf(ctx.ledger(), List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear));
        assertEquals(1, before.get("review_error"));
        ArchiveService.Outcome o = archive("admin", 2026);

        assertEquals(dir.resolve("test-archive-FY2026.db").toAbsolutePath(), o.archive());
        assertFalse(Files.exists(dir.resolve("test-archive-FY2026.db.part")));
        assertFalse(Files.exists(dir.resolve("test-archive-FY2026.db.part-journal")), "no temporary file is left behind");
        assertEquals(3, o.removed());
        assertEquals(List.of(), o.changedMeanwhile());
        assertEquals(1, o.openLeft(), "the case still open in FY2026 blocks nothing and stays");
        assertEquals(Set.of(stillOpen, doneNextYear), caseIds(ctx.ledger()));
        try (Ledger archive = Ledger.open(o.archive(), clock)) {
            assertEquals(Set.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear), caseIds(archive));
            assertEquals(before, play.activityOf(archive, List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear)));
            assertTrue(LedgerVerifier.verify(archive).ok(), LedgerVerifier.verify(archive).problems().toString());
        }
        assertEquals(Map.of("case_field", 0L, "checklist_tick", 0L, "pause", 0L, "review", 0L, "time_entry", 0L, "comment", 0L,
                "review_error", 0L), play.activityOf(ctx.ledger(), List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear)));
        LedgerVerifier.Result r = LedgerVerifier.verify(ctx.ledger());
        assertTrue(r.ok(), r.problems().toString());
    }

    @Test
    void theAuditTrailRecordsEachBatchWithTheArchivesHashAndEachCaseAsRemoved() {
        ArchiveService.Outcome o = archive("admin", 2026);
        assertEquals(ArchiveBuilder.sha256(o.archive()), o.sha256());
        List<Map<String, String>> batches = ctx.ledger().read(c -> Sql.query(c, "SELECT after FROM audit_log"
                + " WHERE entity = 'archive' ORDER BY seq", rs -> Json.readFlat(rs.getString(1))));
        assertEquals(2, batches.size(), "3 cases in batches of 2");
        List<String> moved = new ArrayList<>();
        for (Map<String, String> b : batches) {
            assertEquals(o.sha256(), b.get("sha256"));
            assertEquals("test-archive-FY2026.db", b.get("archive"));
            moved.addAll(List.of(b.get("cases").split(",")));
        }
        assertEquals(3, moved.size());
        for (String id : moved) {
            assertEquals(1L, ctx.ledger().read(c -> Sql.queryOne(c, "SELECT after IS NULL FROM audit_log"
                    + " WHERE entity = 'case' AND entity_id = ? ORDER BY seq DESC LIMIT 1", rs -> rs.getLong(1), id)).orElseThrow(),
                    "the last audit entry of a moved case has no after-image");
        }
    }

    @Test
    void anArchiveOpensReadOnlyWithAClearMessage() {
        ArchiveService.Outcome o = archive("admin", 2026);
        try (LedgerContext archived = LedgerContext.open(o.archive(), clock)) {
            assertTrue(archived.ledger().isArchive());
            CaseService cases = new CaseService(archived);
            var me = archived.whoIs("op1");
            long v = cases.details(me, withdrawn).caseFile().version();
            LedgerException e = assertThrows(LedgerException.class, () -> cases.update(me, withdrawn, v, "件名の変更", Map.of()));
            assertEquals(LedgerProblem.READ_ONLY, e.problem());
            assertTrue(e.getMessage().contains("2026年度の保管ファイル") && e.getMessage().contains("読み取り専用"), e.getMessage());
            assertThrows(InvalidInputException.class, () -> new ArchiveService(archived).archive(archived.whoIs("admin"), 2026,
                    ArchiveService.Options.standard(), line -> { }));
        }
    }

    @Test
    void onlyTheManagerMayArchive() {
        assertThrows(PermissionDeniedException.class, () -> archive("leader", 2026));
        assertThrows(PermissionDeniedException.class, () -> archive("op1", 2026));
        assertFalse(Files.exists(dir.resolve("test-archive-FY2026.db")));
    }

    @Test
    void aYearThatHasNotEndedIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> archive("admin", 2027));
        assertTrue(e.getMessage().contains("まだ終わっていません"), e.getMessage());
    }

    @Test
    void anInterruptedMoveIsFinishedByTheNextRunAndCasesChangedMeanwhileStay() throws Exception {
        Path ledgerFile = ctx.ledger().file();
        Path copy = dir.resolve("before-archive.db");
        Files.copy(ledgerFile, copy);
        ArchiveService.Outcome first = archive("admin", 2026);
        ctx.close();
        // as if the first run had stopped right after building the archive: the ledger still holds every case
        Files.copy(copy, ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        ctx = new LedgerContext(Ledger.open(ledgerFile, clock));
        play = new ArchivePlay(ctx, clock);
        play.reopen(doneInMarch2027);
        play.comment(withdrawn, "取下げ後の問い合わせに回答");

        ArchiveService.Outcome second = archive("admin", 2026);
        assertTrue(second.resumed());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(1, second.removed());
        assertEquals(List.of(withdrawn, doneInMarch2027).stream().sorted().toList(), second.changedMeanwhile());
        assertEquals(Set.of(stillOpen, doneNextYear, withdrawn, doneInMarch2027), caseIds(ctx.ledger()));
        assertEquals(CaseStatus.IN_PROGRESS, new CaseService(ctx).details(ctx.whoIs("op1"), doneInMarch2027).caseFile().status());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok(), LedgerVerifier.verify(ctx.ledger()).problems().toString());

        ArchiveService.Outcome third = archive("admin", 2026);
        assertEquals(0, third.removed());
        assertEquals(1, third.alreadyRemoved());
    }

    @Test
    void aMovedCaseBroughtBackWithAnotherToolIsNamedByVerify() throws Exception {
        Path copy = dir.resolve("before-archive.db");
        Files.copy(ctx.ledger().file(), copy);
        archive("admin", 2026);
        Path ledgerFile = ctx.ledger().file();
        ctx.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledgerFile);
             java.sql.Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + copy + "' AS old");
            st.execute("INSERT INTO case_file SELECT * FROM old.case_file WHERE id = " + withdrawn);
            st.execute("INSERT INTO case_search(rowid, body) SELECT rowid, body FROM old.case_search WHERE rowid = " + withdrawn);
        }
        ctx = new LedgerContext(Ledger.open(ledgerFile, clock));
        List<String> problems = LedgerVerifier.verify(ctx.ledger()).problems();
        assertEquals(List.of("案件 " + withdrawn + " は監査ログでは台帳から除かれた(年度アーカイブへ移した)のに、台帳に残っています"), problems);
    }

    @Test
    void aYearWithNothingFinishedMakesNoFile() {
        ArchiveService.Outcome o = archive("admin", 2024);
        assertNull(o.archive());
        assertFalse(Files.exists(dir.resolve("test-archive-FY2024.db")));
        assertEquals(0, count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'archive'"));
    }
}
