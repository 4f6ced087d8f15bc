package jp.shomu.ledger.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import jp.shomu.ledger.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "audit");
        app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
        app.ledger.allowanceCase(app.ledger.op2, "住居手当");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void pagesNewestFirstUntilTheOldestRow() {
        AuditLogViewModel log = new AuditLogViewModel(app.session, app.executor, 3);
        log.fromProperty().set(null);
        log.search();
        assertEquals(3, log.lines().size());
        assertTrue(log.hasMoreProperty().get());
        int rounds = 0;
        while (log.hasMoreProperty().get() && rounds++ < 100) {
            log.more();
        }
        assertFalse(log.hasMoreProperty().get());
        assertTrue(log.lines().size() > 3);
        assertEquals(log.lines().size(), log.lines().stream().distinct().count());
        assertEquals(log.lines().size() + "件を表示", log.statusProperty().get());
    }

    @Test
    void theActorFilterShowsOnlyThatPerson() {
        AuditLogViewModel log = new AuditLogViewModel(app.session, app.executor);
        log.fromProperty().set(null);
        log.actorProperty().set(app.ledger.op2);
        log.search();
        assertFalse(log.lines().isEmpty());
        assertTrue(log.lines().stream().allMatch(l -> l.who().contains("op2")), log.lines()::toString);
        assertTrue(log.lines().stream().anyMatch(l -> l.summary().contains("住居手当")), log.lines()::toString);
    }

    @Test
    void aBackwardsPeriodIsRefusedInWords() {
        AuditLogViewModel log = new AuditLogViewModel(app.session, app.executor);
        log.fromProperty().set(log.toProperty().get().plusDays(1));
        log.search();
        assertTrue(log.lines().isEmpty());
        assertTrue(log.statusProperty().get().contains("より前です"));
    }

    @Test
    void theAuditLogIsOfferedOnlyToThoseWhoMayReadIt() {
        MainViewModel auditor = new MainViewModel(app.session, app.executor, app.dialogs);
        assertTrue(auditor.auditOfferedProperty().get());
        auditor.openAuditLog();
        assertFalse(auditor.auditLogProperty().get().lines().isEmpty());
        try (ViewModelFixture op = app.as("op1")) {
            MainViewModel operator = new MainViewModel(op.session, op.executor, op.dialogs);
            assertFalse(operator.auditOfferedProperty().get());
            operator.openAuditLog();
            assertNull(operator.auditLogProperty().get());
        }
    }
}
