package jp.shomu.ledger.store.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.settings.StaffRepository;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain without a secret can be recomputed by whoever rewrites the whole file; the chain head printed on paper at
 * a month's end cannot. These tests play that forger.
 */
class AuditAnchorsTest {
    private static final LocalDate APRIL_30 = LocalDate.of(2027, 4, 30);

    @TempDir
    Path dir;

    /** 2027-04-30 10:00 in Tokyo. */
    private final MutableClock clock = new MutableClock(Instant.parse("2027-04-30T01:00:00Z"));

    private Ledger ledger;
    private int staff;

    @BeforeEach
    void setUp() {
        ledger = TestBackend.create(dir.resolve("anchor.db"), clock);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void addStaff() {
        int n = ++staff;
        ledger.write("admin", tx -> StaffRepository.add(tx, "person" + n, "300000" + n, "見本 " + n, Role.OPERATOR, ""));
    }

    @Test
    void theHeadAtADaysEndIsTheLastRowWrittenThatDayInJapanTime() {
        assertEquals(new ChainHead(0, AuditLog.GENESIS, APRIL_30), AuditAnchors.headAt(ledger, APRIL_30));
        addStaff();
        addStaff();
        clock.advance(Duration.ofHours(13).plusMinutes(59));
        addStaff();
        clock.advance(Duration.ofMinutes(2));
        addStaff();
        ChainHead head = AuditAnchors.headAt(ledger, APRIL_30);
        assertEquals(3, head.seq(), "23:59 belongs to April 30th, 00:01 to May 1st");
        assertEquals(
                ledger.read(c -> Sql.queryOne(c, "SELECT hash FROM audit_log WHERE seq = 3", rs -> rs.getString(1)))
                        .orElseThrow(),
                head.hash());
    }

    @Test
    void anAnchorProvesThatHistoryUpToItIsUnchanged() {
        addStaff();
        addStaff();
        ChainAnchor anchor = AuditAnchors.headAt(ledger, APRIL_30).anchor();
        clock.advance(Duration.ofDays(3));
        addStaff();
        AuditAnchors.Result r = AuditAnchors.check(ledger, ChainAnchor.parse(anchor.toString()));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.seq());
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void rewritingARowBeforeTheAnchorIsFoundEvenWhenEveryHashIsRecomputed() throws Exception {
        addStaff();
        addStaff();
        ChainAnchor anchor = AuditAnchors.headAt(ledger, APRIL_30).anchor();
        clock.advance(Duration.ofDays(3));
        addStaff();
        forge("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1");
        assertTrue(AuditLog.verify(ledger).isEmpty(), "the forger recomputed the chain, so it links up again");
        AuditAnchors.Result r = AuditAnchors.check(ledger, anchor);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).contains("どこにもありません"), r.problems().toString());
    }

    @Test
    void rewritingOnlyAfterTheAnchorLeavesHistoryUpToItProven() throws Exception {
        addStaff();
        ChainAnchor anchor = AuditAnchors.headAt(ledger, APRIL_30).anchor();
        clock.advance(Duration.ofDays(3));
        addStaff();
        forge("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
        assertTrue(AuditAnchors.check(ledger, anchor).ok());
    }

    @Test
    void aBrokenLinkBeforeTheAnchorIsNamed() throws Exception {
        addStaff();
        addStaff();
        ChainAnchor anchor = AuditAnchors.headAt(ledger, APRIL_30).anchor();
        ledger.read(c -> Sql.update(c, "UPDATE audit_log SET entity_id = '99' WHERE seq = 1"));
        AuditAnchors.Result r = AuditAnchors.check(ledger, anchor);
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).contains("行 1"), r.problems().toString());
    }

    @Test
    void anAnchorWhoseRowIsDatedAfterItsDateIsRefused() {
        addStaff();
        clock.advance(Duration.ofDays(1));
        addStaff();
        ChainHead may1 = AuditAnchors.headAt(ledger, APRIL_30.plusDays(1));
        AuditAnchors.Result r = AuditAnchors.check(ledger, new ChainAnchor(may1.hash(), APRIL_30));
        assertFalse(r.ok());
        assertTrue(r.problems().get(0).contains("より後"), r.problems().toString());
    }

    @Test
    void anchorsAreReadAsCopiedFromPaper() {
        String hash = "0123456789abcdef".repeat(4);
        ChainAnchor a =
                ChainAnchor.parse("0123 4567 89AB CDEF-0123456789abcdef 0123456789abcdef0123456789abcdef@令和9年4月30日");
        assertEquals(new ChainAnchor(hash, APRIL_30), a);
        assertEquals(hash + "@2027-04-30", a.toString());
        assertThrows(InvalidInputException.class, () -> ChainAnchor.parse(hash));
        assertThrows(InvalidInputException.class, () -> ChainAnchor.parse("abc@2027-04-30"));
        assertThrows(IllegalArgumentException.class, () -> ChainAnchor.parse(hash + "@そのうち"));
    }

    /** What a forger with a SQLite tool does: change a row, then recompute every hash after it and the head in meta. */
    private void forge(String change) {
        ledger.read(c -> {
            Sql.update(c, change);
            recomputeChain(c);
            return null;
        });
    }

    private static void recomputeChain(Connection c) throws SQLException {
        List<String[]> rows = Sql.query(
                c,
                "SELECT seq, at, actor, entity, entity_id, action, before, after FROM audit_log" + " ORDER BY seq",
                rs -> new String[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)
                });
        String prev = AuditLog.GENESIS;
        for (String[] r : rows) {
            String hash = AuditLog.hash(prev, Long.parseLong(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
            Sql.update(
                    c, "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, Long.parseLong(r[0]));
            prev = hash;
        }
        Sql.update(c, "UPDATE meta SET value = ? WHERE key = ?", rows.size() + ":" + prev, AuditLog.HEAD_KEY);
    }
}
