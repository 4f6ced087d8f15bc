package jp.shomu.ledger.service.archive;

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
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.ArchivePlay;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.audit.AuditPage;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.service.cases.CaseHistory;
import jp.shomu.ledger.service.cases.CaseHistoryService;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.AuditCheckpoint;
import jp.shomu.ledger.store.FileSha256;
import jp.shomu.ledger.store.FreePages;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.archive.CheckpointRestatement;
import jp.shomu.ledger.store.audit.AuditAnchors;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        if (TestBackend.onServer()) {
            // a server ledger keeps its archive files in the folder a manager sets: here the test's folder
            new ArchiveService(ctx).useFolder(ctx.whoIs("admin"), dir);
        }
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
        return new ArchiveService(ctx)
                .archive(ctx.whoIs(login), year, new ArchiveService.Options(2, 0, 5, 3), line -> {});
    }

    private static Set<Long> caseIds(Ledger ledger) {
        return Set.copyOf(ledger.read(c -> Sql.query(c, "SELECT id FROM case_file", rs -> rs.getLong(1))));
    }

    private static long count(Ledger ledger, String sql, Object... params) {
        return ledger.read(
                c -> Sql.queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L));
    }

    @Test
    void theYearsFinishedCasesMoveWithEverythingTheyHoldAndTheRestStays() {
        Map<String, Long> before =
                play.activityOf(ctx.ledger(), List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear));
        assertEquals(1, before.get("review_error"));
        ArchiveService.Outcome o = archive("admin", 2026);

        assertEquals(archiveFile(2026), o.archive());
        assertFalse(
                Files.exists(archiveFile(2026).resolveSibling(archiveFile(2026).getFileName() + ".part")));
        assertFalse(
                Files.exists(archiveFile(2026).resolveSibling(archiveFile(2026).getFileName() + ".part-journal")),
                "no temporary file is left behind");
        assertEquals(3, o.removed());
        assertEquals(List.of(), o.changedMeanwhile());
        assertEquals(1, o.openLeft(), "the case still open in FY2026 blocks nothing and stays");
        assertEquals(Set.of(stillOpen, doneNextYear), caseIds(ctx.ledger()));
        try (Ledger archive = Ledger.open(o.archive(), clock)) {
            assertEquals(Set.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear), caseIds(archive));
            assertEquals(
                    before,
                    play.activityOf(archive, List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear)));
            assertTrue(
                    LedgerVerifier.verify(archive).ok(),
                    LedgerVerifier.verify(archive).problems().toString());
        }
        assertEquals(
                Map.of(
                        "case_field",
                        0L,
                        "checklist_tick",
                        0L,
                        "pause",
                        0L,
                        "review",
                        0L,
                        "time_entry",
                        0L,
                        "comment",
                        0L,
                        "review_error",
                        0L),
                play.activityOf(ctx.ledger(), List.of(doneInMarch2027, withdrawn, receivedLastYearDoneThisYear)));
        LedgerVerifier.Result r = LedgerVerifier.verify(ctx.ledger());
        assertTrue(r.ok(), r.problems().toString());
    }

    @Test
    void aNewCaseNeverGetsTheNumberOfACaseMovedToTheArchive() {
        assertTrue(doneInMarch2027 > doneNextYear, "the newest case is one that moves");
        archive("admin", 2026);

        long next = play.receive("2-2");
        assertEquals(doneInMarch2027 + 1, next);
        try (LedgerContext reopened = TestBackend.openContext(dir.resolve("test.db"), clock)) {
            assertEquals(next + 1, new ArchivePlay(reopened, clock).receive("2-2"), "kept in the file, not in memory");
        }
    }

    @Test
    void theAuditTrailRecordsEachBatchWithTheArchivesHashAndEachCaseAsRemoved() {
        ArchiveService.Outcome o = archive("admin", 2026);
        assertEquals(FileSha256.of(o.archive()), o.sha256());
        List<Map<String, String>> batches = ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT after FROM audit_log" + " WHERE entity = 'archive' ORDER BY seq",
                        rs -> Json.readFlat(rs.getString(1))));
        assertEquals(2, batches.size(), "3 cases in batches of 2");
        List<String> moved = new ArrayList<>();
        for (Map<String, String> b : batches) {
            assertEquals(o.sha256(), b.get("sha256"));
            assertEquals(archiveFile(2026).getFileName().toString(), b.get("archive"));
            moved.addAll(List.of(b.get("cases").split(",")));
        }
        assertEquals(3, moved.size());
        for (String id : moved) {
            assertEquals(
                    1L,
                    ctx.ledger()
                            .read(c -> Sql.queryOne(
                                    c,
                                    "SELECT CASE WHEN after IS NULL THEN 1 ELSE 0 END FROM audit_log"
                                            + " WHERE entity = 'case' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                                    rs -> rs.getLong(1),
                                    id))
                            .orElseThrow(),
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
            LedgerException e =
                    assertThrows(LedgerException.class, () -> cases.update(me, withdrawn, v, "件名の変更", Map.of()));
            assertEquals(LedgerProblem.READ_ONLY, e.problem());
            assertTrue(
                    e.getMessage().contains("2026年度の保管ファイル") && e.getMessage().contains("読み取り専用"), e.getMessage());
            assertThrows(
                    InvalidInputException.class,
                    () -> new ArchiveService(archived)
                            .archive(archived.whoIs("admin"), 2026, ArchiveService.Options.standard(), line -> {}));
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
    @FileOnly("puts an older copy of the ledger file back in place")
    void anInterruptedMoveIsFinishedByTheNextRunAndCasesChangedMeanwhileStay() throws Exception {
        Path ledgerFile = ctx.ledger().file();
        Path copy = dir.resolve("before-archive.db");
        Files.copy(ledgerFile, copy);
        ArchiveService.Outcome first = archive("admin", 2026);
        ctx.close();
        // as if the first run had stopped right after building the archive: the ledger still holds every case, and
        // the audit trail was not moved yet
        Files.copy(copy, ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("test-audit-FY2026.db"));
        ctx = new LedgerContext(TestBackend.open(ledgerFile, clock));
        play = new ArchivePlay(ctx, clock);
        play.reopen(doneInMarch2027);
        play.comment(withdrawn, "取下げ後の問い合わせに回答");

        ArchiveService.Outcome second = archive("admin", 2026);
        assertTrue(second.resumed());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(1, second.removed());
        assertEquals(List.of(withdrawn, doneInMarch2027).stream().sorted().toList(), second.changedMeanwhile());
        assertEquals(Set.of(stillOpen, doneNextYear, withdrawn, doneInMarch2027), caseIds(ctx.ledger()));
        assertEquals(
                CaseStatus.IN_PROGRESS,
                new CaseService(ctx)
                        .details(ctx.whoIs("op1"), doneInMarch2027)
                        .caseFile()
                        .status());
        assertTrue(
                LedgerVerifier.verify(ctx.ledger()).ok(),
                LedgerVerifier.verify(ctx.ledger()).problems().toString());

        ArchiveService.Outcome third = archive("admin", 2026);
        assertEquals(0, third.removed());
        assertEquals(1, third.alreadyRemoved());
    }

    @Test
    @FileOnly("attaches an older copy of the ledger file with SQLite")
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
            st.execute("INSERT INTO case_search(rowid, body) SELECT rowid, body FROM old.case_search WHERE rowid = "
                    + withdrawn);
        }
        ctx = new LedgerContext(TestBackend.open(ledgerFile, clock));
        List<String> problems = LedgerVerifier.verify(ctx.ledger()).problems();
        assertEquals(List.of("案件 " + withdrawn + " は監査ログでは台帳から除かれた(年度アーカイブへ移した)のに、台帳に残っています"), problems);
    }

    @Test
    void aYearWithNothingFinishedMakesNoFile() {
        ArchiveService.Outcome o = archive("admin", 2024);
        assertNull(o.archive());
        assertFalse(Files.exists(archiveFile(2024)));
        assertEquals(0, count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log WHERE entity = 'archive'"));
    }

    private Path auditArchive() {
        return ArchiveService.auditArchiveFile(ctx.ledger(), 2026);
    }

    /** The archive file of {@code year}: "test-archive-FY…" beside the ledger file, or "<database>-archive-FY…". */
    private Path archiveFile(int year) {
        return ArchiveService.archiveFile(ctx.ledger(), year);
    }

    private ArchiveService.Outcome archiveReporting(java.util.function.Consumer<String> progress) {
        return new ArchiveService(ctx)
                .archive(ctx.whoIs("admin"), 2026, new ArchiveService.Options(2, 0, 5, 3), progress);
    }

    /** The last audit row written in FY2026: where the checkpoint must cut. */
    private ChainHead endOfFiscalYear() {
        return AuditAnchors.headInFile(ctx.ledger(), LocalDate.of(2027, 3, 31)).orElseThrow();
    }

    private static void assertVerified(Ledger ledger) {
        LedgerVerifier.Result r = LedgerVerifier.verify(ledger);
        assertTrue(r.ok(), ledger.location().display() + ": " + r.problems());
    }

    @Test
    @FileOnly("the ledger file gives its free pages back and shrinks")
    void theYearsAuditTrailMovesToItsOwnVerifiedFileAndTheLedgerFileShrinks() throws Exception {
        long bytesBefore = Files.size(ctx.ledger().file());
        long rowsBefore = count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log");
        ChainHead end = endOfFiscalYear();

        ArchiveService.Outcome o = archive("admin", 2026);

        ArchiveService.Checkpoint cp = o.checkpoint();
        assertEquals(end.seq(), cp.seq(), "the rows written up to the end of FY2026 move");
        assertEquals("2027-03-25", cp.lastDay(), "the day of the last row written in FY2026");
        assertEquals(auditArchive().toAbsolutePath(), cp.file());
        assertEquals(FileSha256.of(auditArchive()), cp.sha256());
        assertEquals(end.seq(), cp.rowsMoved());
        assertEquals(end.seq(), cp.rowsCut());
        assertEquals(
                end.seq() + 1, count(ctx.ledger(), "SELECT MIN(seq) FROM audit_log"), "the ledger starts after it");
        assertTrue(count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log") < rowsBefore / 2);
        AuditCheckpoint recorded = AuditCheckpoint.of(ctx.ledger()).orElseThrow();
        assertEquals(
                List.of(end.seq(), end.hash(), "test-audit-FY2026.db", cp.sha256()),
                List.of(recorded.seq(), recorded.hash(), recorded.file(), recorded.sha256()));

        assertTrue(o.shrink().releasable());
        assertTrue(o.shrink().releasedPages() > 0);
        assertEquals(0, o.shrink().freePagesLeft());
        assertEquals(Files.size(ctx.ledger().file()), o.shrink().bytesAfter());
        assertTrue(
                Files.size(ctx.ledger().file()) < bytesBefore,
                "the ledger file is smaller on disk: " + bytesBefore + " → "
                        + Files.size(ctx.ledger().file()));

        assertVerified(ctx.ledger());
        try (Ledger moved = Ledger.open(auditArchive(), clock)) {
            assertTrue(moved.isArchive(), "an audit archive opens read-only too");
            assertVerified(moved);
            assertEquals(end.seq(), count(moved, "SELECT COUNT(*) FROM audit_log"));
            assertEquals(
                    end.hash(),
                    moved.read(c -> Sql.queryOne(
                                    c, "SELECT hash FROM audit_log WHERE seq = ?", rs -> rs.getString(1), end.seq()))
                            .orElseThrow());
        }
        try (Ledger archive = Ledger.open(o.archive(), clock)) {
            assertVerified(archive);
        }
    }

    @Test
    void liveRowsWhoseLastAuditedImageMovedAreRestatedFromTheTrail() {
        String lastImage = ctx.ledger()
                .read(c -> Sql.queryOne(
                        c,
                        "SELECT after FROM audit_log WHERE entity = 'case'"
                                + " AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                        rs -> rs.getString(1),
                        Long.toString(stillOpen)))
                .orElseThrow();

        ArchiveService.Outcome o = archive("admin", 2026);

        assertEquals(
                1 + 5 + 1, o.checkpoint().restated(), "the open case untouched since June, the 5 staff, the catalog");
        List<String[]> restated = ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT before, after FROM audit_log WHERE entity = 'case'" + " AND entity_id = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2)},
                        Long.toString(stillOpen)));
        assertEquals(1, restated.size());
        assertEquals(lastImage, restated.get(0)[0]);
        assertEquals(lastImage, restated.get(0)[1]);
        assertEquals(
                0,
                count(
                        ctx.ledger(),
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'case' AND action = ?" + " AND entity_id = ?",
                        CheckpointRestatement.RESTATED,
                        Long.toString(doneNextYear)),
                "saved after the year's end: nothing to restate");
    }

    @Test
    void aMovedAuditRowChangedInTheAuditArchiveIsFound() throws Exception {
        archive("admin", 2026);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + auditArchive());
                java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
        }
        try (Ledger moved = Ledger.open(auditArchive(), clock)) {
            List<String> problems = LedgerVerifier.verify(moved).problems();
            assertEquals(List.of("監査ログの行 3 の内容が記録後に変更されています(ハッシュ不一致)"), problems);
        }
        List<String> problems = LedgerVerifier.verify(ctx.ledger()).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("区切りの記録と一致しません(SHA-256"), problems.get(0));
        AuditAnchors.Result recent = AuditAnchors.check(
                ctx.ledger(),
                AuditAnchors.headAt(ctx.ledger(), LocalDate.of(2027, 4, 12)).anchor());
        assertFalse(recent.ok(), "an anchor's proof covers the moved rows too");
        assertTrue(
                recent.problems().get(0).contains("SHA-256"), recent.problems().toString());
    }

    @Test
    @FileOnly("edits meta with SQLite's json_set")
    void aCheckpointWrittenIntoMetaByHandToDropHistoryIsFound() throws Exception {
        archive("admin", 2026);
        long later = count(ctx.ledger(), "SELECT MIN(seq) FROM audit_log") + 2;
        ctx.ledger().read(c -> {
            String hash = Sql.queryOne(c, "SELECT hash FROM audit_log WHERE seq = ?", rs -> rs.getString(1), later)
                    .orElseThrow();
            Sql.update(c, "DELETE FROM audit_log WHERE seq <= ?", later);
            Sql.update(
                    c,
                    "UPDATE meta SET value = json_set(json_set(value, '$.seq', ?), '$.hash', ?) WHERE key = 'audit_checkpoint'",
                    Long.toString(later),
                    hash);
            return null;
        });
        List<String> problems = LedgerVerifier.verify(ctx.ledger()).problems();
        assertTrue(problems.get(0).startsWith("監査ログの区切り(行 " + later + " まで"), problems.toString());
    }

    @Test
    @FileOnly("tampers with a copy of the ledger file")
    void anInterruptedCheckpointIsFinishedByTheNextRun() throws Exception {
        ChainHead end = endOfFiscalYear();
        RuntimeException stop = new IllegalStateException("停電");
        // the first run stops in the middle of restating, the second in the middle of cutting the moved rows
        List<String> restating = new ArrayList<>();
        assertThrows(
                IllegalStateException.class,
                () -> archiveReporting(line -> {
                    if (line.startsWith("区切りの前に、最後の記録を再記載") && restating.add(line) && restating.size() == 2) {
                        throw stop;
                    }
                }));
        assertEquals(
                3,
                count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log WHERE action = ?", CheckpointRestatement.RESTATED),
                "the open case and two staff members before the stop");
        assertTrue(AuditCheckpoint.of(ctx.ledger()).isEmpty());
        assertVerified(ctx.ledger());
        assertThrows(
                IllegalStateException.class,
                () -> archiveReporting(line -> {
                    if (line.startsWith("保管ファイルへ移した監査ログを台帳から削除: 10 行")) {
                        throw stop;
                    }
                }));
        assertEquals(11, count(ctx.ledger(), "SELECT MIN(seq) FROM audit_log"), "10 rows cut before the stop");
        assertVerified(ctx.ledger());
        Path tampered = dir.resolve("tampered.db");
        Files.copy(ctx.ledger().file(), tampered);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tampered);
                java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 12");
        }
        try (Ledger copy = TestBackend.open(tampered, clock)) {
            assertEquals(
                    List.of("監査ログの行 12 の内容が記録後に変更されています(ハッシュ不一致)"),
                    LedgerVerifier.verify(copy).problems(),
                    "rows not cut yet are verified as the run that leads to the checkpoint");
        }
        ChainAnchor beforeCut = new ChainAnchor(end.hash(), LocalDate.of(2027, 3, 31));
        assertTrue(AuditAnchors.check(ctx.ledger(), beforeCut).ok());

        ArchiveService.Outcome third = archiveReporting(line -> {});
        assertTrue(third.resumed());
        assertNull(third.checkpoint().file(), "the checkpoint was recorded by the second run");
        assertEquals(end.seq() - 10, third.checkpoint().rowsCut());
        assertEquals(end.seq() + 1, count(ctx.ledger(), "SELECT MIN(seq) FROM audit_log"));
        assertEquals(
                1,
                count(
                        ctx.ledger(),
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'checkpoint' AND action = ?",
                        "監査ログの区切りの準備"),
                "one plan, finished by the runs after it");
        assertEquals(
                7,
                count(ctx.ledger(), "SELECT COUNT(*) FROM audit_log WHERE action = ?", CheckpointRestatement.RESTATED),
                "nothing restated twice");
        assertVerified(ctx.ledger());
        try (Ledger moved = Ledger.open(auditArchive(), clock)) {
            assertVerified(moved);
        }
    }

    @Test
    void savesFromAnotherPcBetweenTheBatchesAreKept() {
        List<String> subjects = new ArrayList<>();
        try (LedgerContext otherPc = TestBackend.openContext(dir.resolve("test.db"), clock)) {
            CaseService cases = new CaseService(otherPc);
            var op2 = otherPc.whoIs("leader"); // a leader may save op1's case (CaseRules.mayDoMakerWork)
            archiveReporting(line -> {
                if (line.startsWith("区切りの前に") || line.startsWith("保管ファイルへ移した監査ログを台帳から削除") || line.startsWith("空きページ")) {
                    String subject = "別のPCからの保存 " + subjects.size();
                    cases.update(
                            op2,
                            stillOpen,
                            cases.details(op2, stillOpen).caseFile().version(),
                            subject,
                            Map.of());
                    subjects.add(subject);
                }
            });
        }
        assertTrue(subjects.size() >= 3, subjects.toString());
        assertEquals(
                subjects.get(subjects.size() - 1),
                new CaseService(ctx)
                        .details(ctx.whoIs("op1"), stillOpen)
                        .caseFile()
                        .subject());
        assertEquals(
                subjects.size(),
                count(
                        ctx.ledger(),
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'case' AND entity_id = ?"
                                + " AND actor = 'leader'",
                        Long.toString(stillOpen)));
        assertVerified(ctx.ledger());
    }

    @Test
    void historyBeforeTheCheckpointIsSaidToBeInTheAuditArchive() {
        long newCase = play.receive("2-7");
        ArchiveService.Outcome o = archive("admin", 2026);
        var op1 = ctx.whoIs("op1");
        CaseHistory history = new CaseHistoryService(ctx).history(op1, stillOpen);
        assertTrue(
                history.earlierHistory()
                        .contains("2027-03-25 までの監査ログ(行 " + o.checkpoint().seq() + " まで)"),
                history.earlierHistory());
        assertTrue(
                history.earlierHistory().contains(auditArchive().getFileName().toString()), history.earlierHistory());
        assertEquals(CheckpointRestatement.RESTATED, history.entries().get(0).action());
        assertEquals(
                "", new CaseHistoryService(ctx).history(op1, newCase).earlierHistory(), "created after the checkpoint");

        var leader = ctx.whoIs("leader");
        AuditTrail trail = new AuditTrail(ctx);
        AuditPage fromApril =
                trail.page(leader, AuditFilter.period(LocalDate.of(2026, 4, 1), null), Long.MAX_VALUE, 1000);
        assertFalse(fromApril.hasMore());
        assertTrue(
                fromApril.earlierHistory().contains(auditArchive().getFileName().toString()),
                fromApril.earlierHistory());
        AuditPage thisWeek =
                trail.page(leader, AuditFilter.period(LocalDate.of(2027, 4, 10), null), Long.MAX_VALUE, 1000);
        assertEquals("", thisWeek.earlierHistory(), "the period starts after the checkpoint");
        AuditPage firstOfTwo = trail.page(leader, AuditFilter.all(), Long.MAX_VALUE, 2);
        assertEquals("", firstOfTwo.earlierHistory(), "said on the last page only");
    }

    @Test
    void anchorsPrintedBeforeTheCheckpointAreCheckedInTheAuditArchive() throws Exception {
        ChainHead december = AuditAnchors.headAt(ctx.ledger(), LocalDate.of(2026, 12, 31));
        archive("admin", 2026);
        ChainHead april = AuditAnchors.headAt(ctx.ledger(), LocalDate.of(2027, 4, 12));

        assertEquals(
                december, AuditAnchors.headAt(ctx.ledger(), LocalDate.of(2026, 12, 31)), "read from the audit archive");
        AuditAnchors.Result old = AuditAnchors.check(ctx.ledger(), december.anchor());
        assertTrue(old.ok(), old.problems().toString());
        assertEquals(december.seq(), old.seq());
        assertTrue(
                old.notes().get(old.notes().size() - 1).contains(auditArchive().getFileName() + " から読みました"),
                old.notes().toString());
        AuditAnchors.Result recent = AuditAnchors.check(ctx.ledger(), april.anchor());
        assertTrue(recent.ok(), recent.problems().toString());
        assertTrue(
                recent.notes().get(0).contains(auditArchive().getFileName() + " で確かめました"),
                "the moved rows are part of the proof: " + recent.notes());

        Files.move(auditArchive(), dir.resolve("elsewhere.db"));
        AuditAnchors.Result missing = AuditAnchors.check(ctx.ledger(), december.anchor());
        assertFalse(missing.ok());
        assertTrue(
                missing.problems().get(0).contains("監査ログの保管ファイルが見つかりません"),
                missing.problems().toString());
        AuditAnchors.Result withoutArchive = AuditAnchors.check(ctx.ledger(), april.anchor());
        assertTrue(withoutArchive.ok(), "an anchor after the checkpoint still proves the rows the ledger holds");
        assertTrue(
                withoutArchive.notes().get(0).contains(ctx.ledger().companionPlace() + "にないため確かめていません"),
                withoutArchive.notes().toString());
        LedgerVerifier.Result r = LedgerVerifier.verify(ctx.ledger());
        assertTrue(r.ok(), r.problems().toString());
        assertTrue(
                r.notes().stream().anyMatch(n -> n.contains(ctx.ledger().companionPlace() + "にないため")),
                r.notes().toString());
    }

    @Test
    @FileOnly("SQLite's auto_vacuum")
    void aLedgerMadeBeforeIncrementalVacuumIsArchivedAndSaysItCannotShrink() throws Exception {
        Path file = ctx.ledger().file();
        ctx.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA auto_vacuum = NONE");
            st.execute("VACUUM");
        }
        ctx = new LedgerContext(TestBackend.open(file, clock));
        assertFalse(FreePages.releasable(ctx.ledger()));
        long bytesBefore = Files.size(file);

        ArchiveService.Outcome o = archive("admin", 2026);

        assertFalse(o.shrink().releasable());
        assertTrue(o.shrink().freePagesLeft() > 0, "the freed pages stay inside the file, for new rows");
        assertFalse(Files.size(file) < bytesBefore, "the file does not get smaller");
        assertVerified(ctx.ledger());
    }

    @Test
    @FileOnly("SQLite's auto_vacuum")
    void aNewLedgerGivesFreePagesBack() {
        assertTrue(FreePages.releasable(ctx.ledger()));
    }
}
