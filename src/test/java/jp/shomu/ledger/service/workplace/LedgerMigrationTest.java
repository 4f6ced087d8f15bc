package jp.shomu.ledger.service.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shomu.ledger.app.cli.MigrationFixture;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.LedgerTransfer;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate (issue #19): a ledger file to a server database and back, everything carried, checked, or nothing left. */
@FileOnly("moves a ledger file to a server database of its own and back: one run covers both backends")
class LedgerMigrationTest {
    private static final LedgerTransfer.Progress QUIET = (table, rows, total) -> {};

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 2));

    @Test
    void aLedgerGoesToTheServerAndBackWithEveryRowAndTheSameChainHead() throws Exception {
        Path file = MigrationFixture.create(dir, clock);
        AuditLog.Head head;
        try (Ledger source = Ledger.open(file, clock)) {
            head = source.read(AuditLog::head);
        }
        try (ScratchDatabase db = ScratchDatabase.create()) {
            LedgerMigration.Outcome there = LedgerMigration.migrate(
                    LedgerLocation.of(file), db.location(), MigrationFixture.MANAGER, clock, QUIET);
            assertEquals(head, there.head());
            assertTrue(there.verified().ok(), there.verified().problems().toString());
            assertEquals(2, there.cases());
            for (String table : new String[] {"accepted_month", "comment", "faq_article", "inquiry", "inquiry_faq"}) {
                assertEquals(1, there.copied().rows(table), table);
            }
            assertEquals(1, there.copied().rows("review"), "the approved submission's review");
            assertEquals(head.seq(), there.auditRows());

            Path back = dir.resolve("back.db");
            LedgerMigration.Outcome home = LedgerMigration.migrate(
                    db.location(), LedgerLocation.of(back), MigrationFixture.MANAGER, clock, QUIET);
            assertEquals(head, home.head());
            assertTrue(home.verified().ok(), home.verified().problems().toString());
            assertEquals(digests(there), digests(home), "every table the same, read back from both sides");
            assertTrue(Files.exists(back.resolveSibling("back.db.head")), "the new file is followed, as init's");
            try (Stream<Path> files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".migrate-")), "no temporary file");
            }

            // a case's images are compressed in the file as the app writes them, JSON text on the server
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + back);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT typeof(after) FROM audit_log WHERE entity = 'case' AND after IS NOT NULL LIMIT 1")) {
                assertTrue(rs.next());
                assertEquals("blob", rs.getString(1));
            }
            try (Connection c = db.connect();
                    Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT after FROM audit_log WHERE entity = 'case' AND after IS NOT NULL"
                                    + " ORDER BY seq LIMIT 1")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("{"), rs.getString(1));
            }

            // work goes on on the server: new rows get new ids, the search finds the copied article
            try (LedgerContext ctx = LedgerContext.open(db.location(), clock)) {
                clock.set(LocalDate.of(2026, 12, 14));
                Desk desk = new Desk(ctx, clock);
                long added = desk.receive("3-4", LocalDate.of(2026, 12, 14), "op-a", "移行後の案件", Map.of());
                new CaseWorkflow(ctx).comment(desk.who("op-a"), added, "移行後のコメント");
                assertEquals(
                        3,
                        ctx.ledger()
                                .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)))
                                .orElseThrow());
                assertEquals(
                        2L,
                        ctx.ledger()
                                .read(c -> Sql.queryOne(c, "SELECT MAX(id) FROM comment", rs -> rs.getLong(1)))
                                .orElseThrow(),
                        "the comment identity was moved past the copied row");
                assertEquals(
                        1L,
                        ctx.ledger()
                                .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM faq_search", rs -> rs.getLong(1)))
                                .orElseThrow());
                LedgerVerifier.Result after = LedgerVerifier.verify(ctx.ledger());
                assertTrue(after.ok(), after.problems().toString());
            }
        }
    }

    private static Map<String, String> digests(LedgerMigration.Outcome o) {
        return o.copied().tables().stream()
                .collect(Collectors.toMap(
                        LedgerTransfer.Table::name, LedgerTransfer.Table::sha256, (a, b) -> a, TreeMap::new));
    }

    @Test
    void aRowChangedOnTheTargetBeforeTheComparisonUndoesTheWholeMigration() throws Exception {
        Path file = MigrationFixture.create(dir, clock);
        try (ScratchDatabase db = ScratchDatabase.create()) {
            LedgerException e = assertThrows(
                    LedgerException.class,
                    () -> LedgerMigration.migrate(
                            LedgerLocation.of(file),
                            db.location(),
                            MigrationFixture.MANAGER,
                            clock,
                            QUIET,
                            tx -> Sql.update(tx.connection(), "UPDATE comment SET body = '書き換えた本文'")));
            assertEquals(LedgerProblem.VERIFY_FAILED, e.problem());
            assertTrue(e.getMessage().contains("comment"), e.getMessage());
            assertEquals(0, db.tables(), "rolled back: not even the schema is left");
        }
        Path copy = dir.resolve("copy.db");
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> LedgerMigration.migrate(
                        LedgerLocation.of(file),
                        LedgerLocation.of(copy),
                        MigrationFixture.MANAGER,
                        clock,
                        QUIET,
                        tx -> Sql.update(tx.connection(), "DELETE FROM inquiry_faq")));
        assertTrue(e.getMessage().contains("inquiry_faq"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("copy.db")), "no file left behind");
        }
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedUntouched() throws Exception {
        Path file = MigrationFixture.create(dir, clock);
        try (ScratchDatabase db = ScratchDatabase.create()) {
            try (Connection c = db.connect();
                    Statement st = c.createStatement()) {
                st.execute("CREATE TABLE notes(body TEXT)");
                st.execute("INSERT INTO notes VALUES ('他の用途のデータ')");
            }
            LedgerException e = assertThrows(
                    LedgerException.class,
                    () -> LedgerMigration.migrate(
                            LedgerLocation.of(file), db.location(), MigrationFixture.MANAGER, clock, QUIET));
            assertEquals(LedgerProblem.ALREADY_EXISTS, e.problem());
            assertEquals(1, db.tables());
            try (Connection c = db.connect();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT body FROM notes")) {
                assertTrue(rs.next());
                assertEquals("他の用途のデータ", rs.getString(1));
            }
        }
        Path existing = dir.resolve("existing.db");
        Files.writeString(existing, "別のファイル");
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> LedgerMigration.migrate(
                        LedgerLocation.of(file), LedgerLocation.of(existing), MigrationFixture.MANAGER, clock, QUIET));
        assertEquals(LedgerProblem.ALREADY_EXISTS, e.problem());
        assertEquals("別のファイル", Files.readString(existing));
    }

    @Test
    void onlyTheManagerMayMigrateAndAnOlderLedgerIsNotChanged() throws Exception {
        Path file = MigrationFixture.create(dir, clock);
        try (ScratchDatabase db = ScratchDatabase.create()) {
            assertThrows(
                    PermissionDeniedException.class,
                    () -> LedgerMigration.migrate(LedgerLocation.of(file), db.location(), "leader", clock, QUIET));
            assertEquals(0, db.tables());

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement st = c.createStatement()) {
                st.execute("PRAGMA user_version = 14");
            }
            LedgerException e = assertThrows(
                    LedgerException.class,
                    () -> LedgerMigration.migrate(
                            LedgerLocation.of(file), db.location(), MigrationFixture.MANAGER, clock, QUIET));
            assertEquals(LedgerProblem.NEWER_SCHEMA, e.problem());
            assertTrue(e.getMessage().contains("形式(14)"), e.getMessage());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertEquals(14, rs.getInt(1), "the source was not migrated");
            }
            assertEquals(0, db.tables());
        }
    }
}
