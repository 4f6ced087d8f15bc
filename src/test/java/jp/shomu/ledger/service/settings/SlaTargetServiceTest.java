package jp.shomu.ledger.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SLA targets are a versioned setting under the four-eyes rule: a leader proposes, another approves, and the version
 * applies from a month on, leaving earlier months alone.
 */
class SlaTargetServiceTest {
    @TempDir
    Path dir;

    @Test
    void aNewVersionAppliesFromItsMonthAndEarlierMonthsKeepTheirTargets() {
        try (LedgerContext ctx =
                TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            SlaTargetService sla = new SlaTargetService(ctx);
            var leader = ctx.whoIs("leader");
            assertTrue(sla.inForce(leader, YearMonth.of(2026, 10)).isDefault());
            ChangeService changes = new ChangeService(ctx);
            long p1 = sla.propose(
                    leader,
                    YearMonth.of(2026, 10),
                    List.of(
                            new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(98)),
                            new SlaItem(SlaMetric.SEND_BACK_RATE, "差戻し率(参考)", BigDecimal.TEN)),
                    "初回");
            assertTrue(
                    sla.inForce(leader, YearMonth.of(2026, 10)).isDefault(),
                    "not in force before a second person approves");
            assertThrows(PermissionDeniedException.class, () -> changes.approve(leader, p1, ""));
            int v1 = changes.approve(ctx.whoIs("leader2"), p1, "確認しました");
            long p2 = sla.propose(
                    leader,
                    YearMonth.of(2027, 4),
                    List.of(new SlaItem(SlaMetric.ON_TIME_RATE, null, BigDecimal.valueOf(100))),
                    "新年度");
            int v2 = changes.approve(ctx.whoIs("leader2"), p2, "");
            assertTrue(sla.inForce(leader, YearMonth.of(2026, 9)).isDefault());
            SlaTargets oct = sla.inForce(leader, YearMonth.of(2026, 10));
            assertEquals(v1, oct.version());
            assertEquals(
                    List.of("処理期限内処理率 98%以上", "差戻し率(参考) 10%以下"),
                    oct.items().stream()
                            .map(i -> i.name() + " " + i.targetText())
                            .toList());
            assertEquals(v1, sla.inForce(leader, YearMonth.of(2027, 3)).version());
            assertEquals(v2, sla.inForce(leader, YearMonth.of(2027, 4)).version());
            assertEquals(2, sla.history(leader).size());
            assertTrue(oct.createdBy().contains("見本 責任者 提案") && oct.createdBy().contains("架空 主任 承認"), oct.createdBy());
        }
    }

    @Test
    void onlyALeaderOrTheManagerMayChangeTheTargets() {
        try (LedgerContext ctx =
                TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            List<SlaItem> items = List.of(new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(99)));
            assertThrows(
                    PermissionDeniedException.class,
                    () -> new SlaTargetService(ctx).propose(ctx.whoIs("auditor"), YearMonth.of(2026, 11), items, ""));
            assertThrows(
                    PermissionDeniedException.class,
                    () -> new SlaTargetService(ctx).propose(ctx.whoIs("op-a"), YearMonth.of(2026, 11), items, ""));
            var e = assertThrows(
                    jp.shomu.ledger.domain.cases.InvalidInputException.class,
                    () -> new ChangeService(ctx)
                            .propose(
                                    ctx.whoIs("leader"),
                                    jp.shomu.ledger.domain.changes.ChangeKind.SLA_TARGETS,
                                    "直接",
                                    "{\"effectiveFrom\": \"2026-11\", \"items\": [{\"metric\": \"SPEED\", \"target\": \"1\"}]}"));
            assertTrue(e.getMessage().contains("SLA の指標「SPEED」はありません"), e.getMessage());
        }
    }

    @Test
    void monthsReportedBeforeLastMonthKeepTheirTargets() {
        try (LedgerContext ctx =
                TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-11-01T00:00:00Z")))) {
            List<SlaItem> items = List.of(new SlaItem(SlaMetric.ACCURACY, null, BigDecimal.valueOf(98)));
            var e = assertThrows(
                    jp.shomu.ledger.domain.cases.InvalidInputException.class,
                    () -> new SlaTargetService(ctx).propose(ctx.whoIs("leader"), YearMonth.of(2026, 9), items, ""));
            assertTrue(e.getMessage().contains("2026-10(先月)以降"), e.getMessage());
        }
    }
}
