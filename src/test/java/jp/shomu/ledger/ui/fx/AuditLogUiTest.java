package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The auditor opens the audit log tab from the toolbar; the 帳票 menu offers only what the auditor may make. */
class AuditLogUiTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "audit";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        fixture.allowanceCase(fixture.op1, "通勤手当 監査");
    }

    @Test
    void theAuditorReadsTheAuditLogInItsOwnTab() {
        click("#open-audit-log");
        TableView<?> table = lookup("#audit-table").query();
        waitUntil(() -> !table.getItems().isEmpty());
        assertTrue(lookup("#audit-status").queryLabeled().getText().contains("件を表示"));
        MenuButton outputs = lookup("#outputs-menu").query();
        assertTrue(outputs.getItems().stream().noneMatch(i -> i.getId().equals("menu-handover") && i.isVisible()));
    }
}
