package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.audit.AuditEntry;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Masked sensitive fields and the view log: who opened which case's personal data, and who output it. */
class SensitiveDataTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(TestLedger.CLOCK.instant());
    private LedgerContext ctx;
    private SecurityFixture fx;
    private CaseService cases;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir, clock);
        fx = new SecurityFixture(ctx);
        cases = new CaseService(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private List<AuditEntry> viewLog() {
        return new AuditTrail(ctx)
                .page(fx.who("audit"), AuditFilter.viewLog(null, null), Long.MAX_VALUE, 100)
                .entries();
    }

    @Test
    void openingACaseWithSensitiveValuesRecordsWhoWhenAndWhichCase() {
        long id = fx.allowanceCase();
        StaffMember op1 = fx.who("op1");
        assertEquals(SecurityFixture.ROUTE, cases.details(op1, id).caseFile().field("commuteRoute"));
        List<AuditEntry> log = viewLog();
        assertEquals(1, log.size());
        AuditEntry view = log.get(0);
        assertEquals("op1", view.actor());
        assertEquals("見本 一郎", view.actorName());
        assertEquals(Long.toString(id), view.entityId());
        assertEquals(clock.instant(), view.at());
        assertTrue(view.summary().contains("通勤経路"), view.summary());
        assertFalse(view.summary().contains("見本駅"), "the view log names fields, never values");
    }

    @Test
    void openingTheSameCaseAgainWithinFifteenMinutesAddsNoRecord() {
        long id = fx.allowanceCase();
        StaffMember op1 = fx.who("op1");
        cases.details(op1, id);
        clock.advance(Duration.ofMinutes(14));
        cases.details(op1, id);
        assertEquals(1, viewLog().size());
        clock.advance(Duration.ofMinutes(2));
        cases.details(op1, id);
        cases.details(fx.who("leader"), id);
        assertEquals(3, viewLog().size());
    }

    @Test
    void aCaseWithoutSensitiveValuesRecordsNoView() {
        long id = cases.create(fx.who("op2"), "2-2", "扶養手当 認定", Map.of("手当種別", "扶養"));
        cases.details(fx.who("op1"), id);
        assertTrue(viewLog().isEmpty());
    }

    @Test
    void theAuditorSeesMaskedValuesAndNoViewIsRecorded() {
        long id = fx.allowanceCase();
        var c = cases.details(fx.who("audit"), id).caseFile();
        assertEquals(SensitiveData.MASK, c.field("commuteRoute"));
        assertEquals("通勤", c.field("allowanceKind"), "only sensitive fields are masked");
        assertTrue(viewLog().isEmpty());
    }

    @Test
    void aReadOnlyLedgerShowsMaskedValuesBecauseTheViewCannotBeRecorded() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write a read-only file");
        long id = fx.allowanceCase();
        ctx.close();
        Path file = dir.resolve("test.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (LedgerContext readOnly = TestBackend.openContext(file, clock)) {
            assertEquals(
                    SensitiveData.MASK,
                    new CaseService(readOnly)
                            .details(readOnly.whoIs("op1"), id)
                            .caseFile()
                            .field("commuteRoute"));
        }
        ctx = TestBackend.openContext(file, clock);
    }

    @Test
    void aMaskedValueSentBackFromAFormKeepsWhatIsStored() {
        long id = fx.allowanceCase();
        cases.update(fx.who("op2"), id, 1, "通勤手当 経路確認", Map.of("commuteRoute", SensitiveData.MASK, "月額", "4,200"));
        var c = cases.details(fx.who("op2"), id).caseFile();
        assertEquals(SecurityFixture.ROUTE, c.field("commuteRoute"));
        assertEquals("4200", c.field("monthlyAmount"));
    }

    @Test
    void anExportRecordsWhatLeftTheLedger() {
        long id = fx.allowanceCase();
        FieldDef route = ctx.catalog()
                .taskType("2-2")
                .orElseThrow()
                .field("commuteRoute")
                .orElseThrow();
        try (SensitiveOutput out = SensitiveOutput.start(ctx, fx.who("leader"), "台帳出力", "2027-04 2-2")) {
            assertEquals(SecurityFixture.ROUTE, out.cell(id, route, SecurityFixture.ROUTE));
        }
        try (SensitiveOutput out = SensitiveOutput.start(ctx, fx.who("audit"), "台帳出力", "2027-04 2-2")) {
            assertEquals(SensitiveData.MASK, out.cell(id, route, SecurityFixture.ROUTE));
        }
        List<AuditEntry> log = viewLog();
        assertEquals(2, log.size());
        assertEquals("audit", log.get(0).actor());
        assertFalse(log.get(0).summary().contains("commuteRoute"), log.get(0).summary());
        assertEquals("leader", log.get(1).actor());
        assertTrue(
                log.get(1).summary().contains("件数: 1") && log.get(1).summary().contains("commuteRoute"),
                log.get(1).summary());
    }

    @Test
    void listsAlwaysMaskSensitiveValues() {
        FieldDef route = ctx.catalog()
                .taskType("2-2")
                .orElseThrow()
                .field("commuteRoute")
                .orElseThrow();
        FieldDef kind = ctx.catalog()
                .taskType("2-2")
                .orElseThrow()
                .field("allowanceKind")
                .orElseThrow();
        assertEquals(SensitiveData.MASK, SensitiveData.inList(route, SecurityFixture.ROUTE));
        assertEquals("通勤", SensitiveData.inList(kind, "通勤"));
        assertEquals("", SensitiveData.inList(route, ""));
    }

    @Test
    void viewRecordsAreChainedSoRemovingOneIsFound() throws Exception {
        fx.allowanceCase();
        cases.details(fx.who("op1"), 1);
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
        ctx.close();
        try (var c = TestBackend.rawConnection(dir.resolve("test.db"));
                var st = c.createStatement()) {
            st.execute("DELETE FROM audit_log WHERE entity = 'view'");
        }
        ctx = TestBackend.openContext(dir.resolve("test.db"), clock);
        assertFalse(LedgerVerifier.verify(ctx.ledger()).ok());
    }
}
