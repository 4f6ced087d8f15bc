package jp.shomu.ledger.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the roster: only a manager, never about themselves, and never down to no manager at all. */
class RosterServiceTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private RosterService roster;
    private StaffMember admin;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        roster = new RosterService(ctx);
        admin = ctx.whoIs("admin");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void switchingSomeoneOffEndsTheirAccessAtOnce() {
        StaffMember op1 = ctx.whoIs("op1");
        roster.update(admin, "op1", op1.version(), op1.role(), op1.team(), false);
        StaffMember now = ctx.whoIs("op1");
        PermissionDeniedException e =
                assertThrows(PermissionDeniedException.class, () -> new CaseService(ctx).list(now, CaseQuery.all()));
        assertTrue(e.getMessage().contains("無効"), e.getMessage());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok(), "the change is audited like any other");
    }

    @Test
    void nobodyChangesTheirOwnRoleOrSwitchesThemselvesOff() {
        assertThrows(
                PermissionDeniedException.class,
                () -> roster.update(admin, "admin", admin.version(), Role.LEADER, admin.team(), true));
        assertThrows(
                PermissionDeniedException.class,
                () -> roster.update(admin, "admin", admin.version(), Role.MANAGER, admin.team(), false));
        roster.update(admin, "admin", admin.version(), Role.MANAGER, "総括", true);
        assertEquals("総括", ctx.whoIs("admin").team(), "their own team they may change");
    }

    @Test
    void theRosterIsNeverLeftWithoutAnActiveManager() {
        roster.add(admin, "admin2", "1000009", "見本 所長", Role.MANAGER, "管理");
        StaffMember second = ctx.whoIs("admin2");
        roster.update(second, "admin", admin.version(), Role.LEADER, admin.team(), true);
        StaffMember demoted = ctx.whoIs("admin");
        assertThrows(
                PermissionDeniedException.class,
                () -> roster.update(demoted, "admin2", second.version(), Role.OPERATOR, "", true),
                "a leader no longer keeps the roster");
        assertThrows(
                PermissionDeniedException.class,
                () -> roster.update(second, "admin2", second.version(), Role.LEADER, "", true),
                "the only manager left cannot step down by themselves");
        assertEquals(Role.MANAGER, ctx.whoIs("admin2").role());
    }

    @Test
    void onlyAManagerKeepsTheRoster() {
        StaffMember leader = ctx.whoIs("leader");
        assertThrows(PermissionDeniedException.class, () -> roster.update(leader, "op1", 1, Role.LEADER, "", true));
        assertThrows(
                PermissionDeniedException.class, () -> roster.add(leader, "x", "1000011", "見本 新人", Role.MANAGER, ""));
        assertFalse(ctx.whoIs("op1").role().isLeaderOrAbove());
    }

    @Test
    void aRosterEditFromAStaleVersionIsAConflict() {
        StaffMember op1 = ctx.whoIs("op1");
        roster.update(admin, "op1", op1.version(), Role.OPERATOR, "福利厚生", true);
        assertThrows(ConflictException.class, () -> roster.update(admin, "op1", op1.version(), Role.LEADER, "", true));
        assertEquals(Role.OPERATOR, ctx.whoIs("op1").role());
    }
}
