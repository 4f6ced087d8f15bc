package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;

/** SLA targets are a versioned setting: a leader's change applies from a month on and leaves earlier months alone. */
class SlaTargetServiceTest {
    @TempDir
    Path dir;

    @Test
    void aNewVersionAppliesFromItsMonthAndEarlierMonthsKeepTheirTargets() {
        try (LedgerContext ctx = TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            SlaTargetService sla = new SlaTargetService(ctx);
            var leader = ctx.whoIs("leader");
            assertTrue(sla.inForce(leader, YearMonth.of(2026, 10)).isDefault());
            int v1 = sla.save(leader, YearMonth.of(2026, 10), List.of(new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(98)),
                    new SlaItem(SlaMetric.SEND_BACK_RATE, "差戻し率(参考)", BigDecimal.TEN)));
            int v2 = sla.save(leader, YearMonth.of(2027, 4), List.of(new SlaItem(SlaMetric.ON_TIME_RATE, null,
                    BigDecimal.valueOf(100))));
            assertTrue(sla.inForce(leader, YearMonth.of(2026, 9)).isDefault());
            SlaTargets oct = sla.inForce(leader, YearMonth.of(2026, 10));
            assertEquals(v1, oct.version());
            assertEquals(List.of("処理期限内処理率 98%以上", "差戻し率(参考) 10%以下"),
                    oct.items().stream().map(i -> i.name() + " " + i.targetText()).toList());
            assertEquals(v1, sla.inForce(leader, YearMonth.of(2027, 3)).version());
            assertEquals(v2, sla.inForce(leader, YearMonth.of(2027, 4)).version());
            assertEquals(2, sla.history(leader).size());
            assertTrue(ctx.ledger().read(c -> jp.shomu.ledger.store.Sql.queryOne(c,
                    "SELECT COUNT(*) FROM audit_log WHERE entity = 'sla_target'", rs -> rs.getLong(1)).orElse(0L)) == 2);
        }
    }

    @Test
    void onlyALeaderOrTheManagerMayChangeTheTargets() {
        try (LedgerContext ctx = TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            List<SlaItem> items = List.of(new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(99)));
            assertThrows(PermissionDeniedException.class, () -> new SlaTargetService(ctx).save(ctx.whoIs("auditor"),
                    YearMonth.of(2026, 11), items));
            assertThrows(PermissionDeniedException.class, () -> new SlaTargetService(ctx).save(ctx.whoIs("op-a"),
                    YearMonth.of(2026, 11), items));
        }
    }

    @Test
    void monthsReportedBeforeLastMonthKeepTheirTargets() {
        try (LedgerContext ctx = TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            List<SlaItem> items = List.of(new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(98)));
            var e = assertThrows(jp.shomu.ledger.domain.cases.InvalidInputException.class,
                    () -> new SlaTargetService(ctx).save(ctx.whoIs("leader"), YearMonth.of(2026, 9), items));
            assertTrue(e.getMessage().contains("2026-10(先月)以降"), e.getMessage());
        }
    }
}
