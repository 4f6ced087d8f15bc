package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.login.UnknownUserView;
import jp.shomu.ledger.ui.login.UnknownUserViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A login not on the roster sees whom to ask and nothing else; on the sample ledger, the demo people too. */
class UnknownLoginUiTest extends FxRobot {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(boolean demo) throws Exception {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            UnknownUserViewModel vm =
                    new UnknownUserViewModel("stranger", f.file.toString(), SignIn.of(f.ctx, "stranger"), demo);
            Stage stage = FxToolkit.registerStage(Stage::new);
            interact(() -> {
                stage.setScene(new Scene(new UnknownUserView(vm)
                        .build(() -> events.add("closed"), (StaffMember s) -> events.add("demo:" + s.login()))));
                stage.show();
            });
        }
    }

    @Test
    void theScreenNamesTheLoginAndWhomToAsk() throws Exception {
        show(false);
        String message = lookup("#unknown-message").queryAs(Label.class).getText();
        assertTrue(message.contains("ログイン名「stranger」は、この台帳の職員名簿にありません"), message);
        assertTrue(lookup("・試用 次郎(業務責任者・人事・給与)").tryQuery().isPresent());
        assertTrue(lookup("#unknown-demo-user").tryQuery().isEmpty(), "no way in on a real ledger");
        clickOn("#unknown-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("closed"), events);
    }

    @Test
    void onTheSampleLedgerADemoPersonCanBeChosen() throws Exception {
        show(true);
        assertTrue(lookup("#unknown-demo-user").tryQuery().isPresent());
        Button open = lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("デモ利用者として開く"))
                .findFirst()
                .orElseThrow();
        clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, events.size());
        assertTrue(events.get(0).startsWith("demo:"), events.toString());
    }
}
