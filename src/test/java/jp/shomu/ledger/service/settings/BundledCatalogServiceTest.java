package jp.shomu.ledger.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.CatalogAdditions;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.testing.OlderCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger made before the app brought formulas and thresholds gets them through one catalog change proposal that a
 * second person approves; what the ledger changed itself stays.
 */
class BundledCatalogServiceTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private BundledCatalogService bundled;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        bundled = new BundledCatalogService(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aNewLedgerHasTheAppsCatalogAndNothingIsOffered() {
        var offer = bundled.offer(ctx.whoIs("leader"));
        assertTrue(offer.additions().isEmpty(), offer.additions().items().toString());
        assertFalse(offer.worthProposing());
        var e = assertThrows(InvalidInputException.class, () -> bundled.propose(ctx.whoIs("leader")));
        assertEquals("アプリのカタログに、台帳のカタログにない計算項目・基準値・項目はありません", e.getMessage());
    }

    @Test
    void anOlderLedgerIsOfferedTheFormulasAndThresholdsAndASecondPersonPutsThemInForce() {
        OlderCatalog.install(ctx, "leader");
        assertNull(
                ctx.catalog().taskType("1-2").orElseThrow().field("daysElapsed").orElse(null));

        var offer = bundled.offer(ctx.whoIs("leader"));
        assertTrue(offer.worthProposing());
        List<String> items = offer.additions().items();
        assertTrue(items.contains("1-2 「経過日数」(計算項目)を追加"), items.toString());
        assertTrue(items.contains("2-2 「支給開始月」を計算項目に(計算式を追加)"), items.toString());
        assertTrue(items.contains("基準値「短期組合員・厚生年金の適用(週所定勤務時間)」を追加"), items.toString());
        assertTrue(items.contains("3-1 法定期限(legalDeadline)を期限日の横に表示"), items.toString());
        assertTrue(items.contains("1-1 後続案件 3-1 を追加"), items.toString());
        assertTrue(items.contains("1-1 チェックリスト c4 に判定(計算式)を追加"), items.toString());

        long id = bundled.propose(ctx.whoIs("leader"));
        var pending = bundled.offer(ctx.whoIs("admin"));
        assertEquals(id, pending.pendingProposal(), "the open proposal carries it all");
        assertFalse(pending.worthProposing());
        var twice = assertThrows(InvalidInputException.class, () -> bundled.propose(ctx.whoIs("admin")));
        assertTrue(twice.getMessage().contains("変更提案 " + id + " がすでに承認を待っています"), twice.getMessage());
        var review = new ChangeService(ctx).review(ctx.whoIs("admin"), id);
        assertTrue(
                review.proposal().summary().startsWith("アプリのカタログから追加("),
                review.proposal().summary());
        assertTrue(review.differences().size() > 10);

        int before = ctx.catalog().version();
        assertThrows(
                PermissionDeniedException.class,
                () -> new ChangeService(ctx).approve(ctx.whoIs("leader"), id, "自分で承認"),
                "four eyes");
        int version = new ChangeService(ctx).approve(ctx.whoIs("admin"), id, "新しい計算項目を確認した");
        assertEquals(before + 1, version);
        Catalog now = ctx.catalog();
        TaskType notification = now.taskType("1-2").orElseThrow();
        assertEquals(
                "days(eventDate, notifiedOn)",
                notification.field("daysElapsed").orElseThrow().formula());
        assertEquals(
                "daysElapsed",
                notification
                        .fields()
                        .get(indexOf(notification, "notifiedOn") + 1)
                        .key(),
                "placed after the field it follows in the app's catalog");
        assertEquals(4, now.thresholds().size());
        assertEquals("legalDeadline", now.taskType("3-1").orElseThrow().legalDueField());
        assertTrue(CatalogAdditions.of(now, CatalogJson.bundled()).isEmpty(), "nothing left to add");
        assertFalse(bundled.offer(ctx.whoIs("leader")).worthProposing());
    }

    @Test
    void whatTheLedgerChangedItselfStaysAndOnlyMissingYearsAreAdded() {
        Catalog older = OlderCatalog.of(CatalogJson.bundled());
        TaskType allowance = older.taskType("2-2").orElseThrow().withMeasuredMinutes(77);
        Catalog mine = older.withTaskTypes(older.taskTypes().stream()
                .map(t -> t.code().equals("2-2") ? allowance : t)
                .toList());
        Catalog bundledCatalog = CatalogJson.bundled();
        var weekly = bundledCatalog.threshold("shortTermWeeklyHours").orElseThrow();
        Catalog withThreshold = new Catalog(
                mine.version(),
                mine.majors(),
                mine.errorCategories(),
                mine.taskTypes(),
                List.of(new jp.shomu.ledger.domain.catalog.Threshold(
                        weekly.key(),
                        "週所定勤務時間(台帳で書き換えた名前)",
                        weekly.unit(),
                        weekly.basis(),
                        List.of(new jp.shomu.ledger.domain.catalog.Threshold.Value(2030, java.math.BigDecimal.TEN)))),
                mine.seasonal());
        ctx.ledger().write("leader", tx -> CatalogRepository.addVersion(tx, withThreshold));

        CatalogAdditions additions = bundled.offer(ctx.whoIs("leader")).additions();
        Catalog merged = additions.merged();
        assertEquals(77, merged.taskType("2-2").orElseThrow().standardMinutes(), "the ledger's own figure stays");
        var kept = merged.threshold("shortTermWeeklyHours").orElseThrow();
        assertEquals("週所定勤務時間(台帳で書き換えた名前)", kept.label());
        assertEquals(
                List.of(2022, 2030),
                kept.values().stream().map(v -> v.fromFiscalYear()).toList());
        assertTrue(
                additions.items().contains("基準値「週所定勤務時間(台帳で書き換えた名前)」に 2022 年度からの値を追加"),
                additions.items().toString());
        long id = bundled.propose(ctx.whoIs("leader"));
        assertTrue(id > 0);
    }

    @Test
    void onlyLeadersAndManagersAreOffered() {
        OlderCatalog.install(ctx, "leader");
        assertThrows(PermissionDeniedException.class, () -> bundled.offer(ctx.whoIs("op1")));
        assertThrows(PermissionDeniedException.class, () -> bundled.propose(ctx.whoIs("op1")));
    }

    @Test
    void aLongListIsCutInTheSummary() {
        List<String> many = java.util.stream.IntStream.range(0, 80)
                .mapToObj(i -> "1-2 「見本の項目" + i + "」を追加")
                .toList();
        String summary = BundledCatalogService.summary(many);
        assertTrue(summary.length() <= 500, summary);
        assertTrue(summary.startsWith("アプリのカタログから追加(80件): 1-2 「見本の項目0」を追加、"), summary);
        assertTrue(summary.matches(".*、ほか\\d+件$"), summary);
    }

    private static int indexOf(TaskType t, String key) {
        List<FieldDef> fields = t.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
