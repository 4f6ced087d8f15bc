package jp.shomu.ledger.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SecurityFixture;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's view of the trail: filters by period, person and entity, key paging, masked values. */
class AuditTrailTest {
    @TempDir
    Path dir;

    /** Monday 2027-04-12 23:30 in Tokyo, so half an hour later is the next day. */
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2027-04-12T14:30:00Z"));

    private LedgerContext ctx;
    private SecurityFixture fx;
    private AuditTrail trail;
    private StaffMember auditor;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir, clock);
        fx = new SecurityFixture(ctx);
        trail = new AuditTrail(ctx);
        auditor = fx.who("audit");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aPeriodIsDaysInJapanTimeWithBothEndsIncluded() {
        long before = trail.count(auditor, AuditFilter.all());
        fx.allowanceCase();
        clock.advance(Duration.ofMinutes(29).plusSeconds(59).plusMillis(999));
        fx.allowanceCase();
        clock.advance(Duration.ofMillis(1));
        fx.allowanceCase();
        LocalDate monday = LocalDate.of(2027, 4, 12);
        assertEquals(before + 2, trail.count(auditor, AuditFilter.period(monday, monday)));
        assertEquals(1, trail.count(auditor, AuditFilter.period(monday.plusDays(1), monday.plusDays(1))));
        assertEquals(before + 3, trail.count(auditor, AuditFilter.period(monday, null)));
        assertEquals(0, trail.count(auditor, AuditFilter.period(monday.plusDays(2), monday.plusDays(30))));
    }

    @Test
    void filtersByPersonAndWhatWasActedOn() {
        long id = fx.allowanceCase();
        new CaseService(ctx).update(fx.who("leader"), id, 1, "通勤手当 経路変更", Map.of());
        List<AuditEntry> byLeader = trail.page(auditor, AuditFilter.all().withActor("leader"), Long.MAX_VALUE, 50)
                .entries();
        assertEquals(1, byLeader.size());
        assertEquals("案件", byLeader.get(0).entityLabel());
        assertEquals("編集", byLeader.get(0).action());
        assertEquals("件名: 通勤手当 新規認定 → 通勤手当 経路変更", byLeader.get(0).summary());
        List<AuditEntry> caseRows = trail.page(
                        auditor,
                        AuditFilter.all()
                                .withEntities(Set.of(AuditEntities.CASE))
                                .withEntityId(Long.toString(id)),
                        Long.MAX_VALUE,
                        50)
                .entries();
        assertEquals(
                List.of("編集", "登録"), caseRows.stream().map(AuditEntry::action).toList());
        assertEquals(
                6,
                trail.count(auditor, AuditFilter.all().withEntities(Set.of(AuditEntities.STAFF))),
                "TestLedger's five and the fixture's second leader");
    }

    @Test
    void pagesFollowEachOtherByKeyWithoutGapsOrRepeats() {
        for (int i = 0; i < 7; i++) {
            fx.allowanceCase();
        }
        long total = trail.count(auditor, AuditFilter.all());
        List<Long> seen = new ArrayList<>();
        long before = Long.MAX_VALUE;
        AuditPage page;
        do {
            page = trail.page(auditor, AuditFilter.all(), before, 4);
            page.entries().forEach(e -> seen.add(e.seq()));
            before = page.nextBeforeSeq();
        } while (page.hasMore());
        assertEquals(total, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(total - i, seen.get(i));
        }
    }

    @Test
    void sensitiveValuesAreMaskedInTheTrailForEveryone() {
        long id = fx.allowanceCase();
        new CaseService(ctx).update(fx.who("op2"), id, 1, null, Map.of("通勤経路", "架空駅〜模擬駅"));
        for (String login : List.of("audit", "admin")) {
            AuditEntry edit = trail.page(
                            fx.who(login),
                            AuditFilter.all().withEntityId(Long.toString(id)).withEntities(Set.of(AuditEntities.CASE)),
                            Long.MAX_VALUE,
                            1)
                    .entries()
                    .get(0);
            assertEquals("通勤経路: ＊＊＊ → ＊＊＊", edit.summary(), login);
            assertFalse(edit.summary().contains("駅"));
        }
        AuditEntry created = trail.page(
                        auditor, AuditFilter.all().withEntities(Set.of(AuditEntities.CASE)), Long.MAX_VALUE, 2)
                .entries()
                .get(1);
        assertTrue(
                created.summary().contains("通勤経路: ＊＊＊") && created.summary().contains("手当種別: 通勤"), created.summary());
        assertTrue(created.summary().contains("担当: 見本 花子"), "staff ids are shown as names: " + created.summary());
    }

    @Test
    void theExportRefusesAPeriodTooLongForOneFileBeforeRecordingAnything() {
        fx.allowanceCase();
        long rows = trail.count(auditor, AuditFilter.all());
        assertThrows(
                InvalidInputException.class, () -> trail.export(auditor, AuditFilter.all(), "全期間", rows - 1, e -> {}));
        assertEquals(rows, trail.count(auditor, AuditFilter.all()));
        List<AuditEntry> exported = new ArrayList<>();
        trail.export(auditor, AuditFilter.all(), "全期間", rows + 10, exported::add);
        assertEquals(rows + 1, exported.size(), "the export's own disclosure record is in it");
        assertEquals(AuditEntities.DISCLOSURE, exported.get(exported.size() - 1).entity());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditFilter.period(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 1)));
    }
}
