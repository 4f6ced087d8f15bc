package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.shomu.ledger.security.NetworkTripwire;
import org.junit.jupiter.api.Test;

/**
 * The window's main flow — register, fill, checklist, double check with a send-back, approve, 完了 — run under the
 * network tripwire (docs/SECURITY.md): the app attempts no connection of any kind.
 */
class NoNetworkUiTest extends CaseWorkflowUiTest {
    @Test
    @Override
    void aCaseGoesFromRegistrationThroughASendBackToDone() {
        List<String> attempts = NetworkTripwire.watch(super::aCaseGoesFromRegistrationThroughASendBackToDone);
        assertEquals(List.of(), attempts);
    }
}
