package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.testing.OlderCatalog;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A ledger made before the app's calculated fields: the main window tells a leader the app has a newer catalog and
 * makes the catalog change proposal in one step; the second person sees it waiting and approves it in 設定. Leaves
 * target/screenshots/bundled-catalog-notice*.png to look at.
 */
class BundledCatalogNoticeUiTest extends WorkbenchUiTest {
    @Override
    String login() {
        return "leader";
    }

    @Override
    void prepare(LedgerFixture fixture) {
        OlderCatalog.install(fixture.ctx, "manager");
    }

    @Test
    void aLeaderProposesTheAppsCatalogFromTheNoticeAndASecondPersonApproves() throws Exception {
        waitUntil(() -> lookup("#main-bundled-catalog").query().isVisible());
        String notice = text("#main-bundled-catalog-text");
        assertTrue(notice.startsWith("アプリに新しいカタログ(計算項目・年度別の基準値)があります。変更案を作成しますか"), notice);
        screenshot("bundled-catalog-notice.png");

        click("#main-bundled-catalog-propose");
        String confirm = dialogText();
        assertTrue(confirm.contains("1-2 「経過日数」(計算項目)を追加"), confirm);
        assertTrue(confirm.contains("ほか "), "a long list is counted, not all shown: " + confirm);
        pressButton(ButtonData.NO);
        assertTrue(proposals().isEmpty(), "declined: nothing proposed");

        click("#main-bundled-catalog-propose");
        pressButton(ButtonData.YES);
        String done = dialogText();
        assertTrue(done.contains("を作成しました"), done);
        pressButton(ButtonData.CANCEL_CLOSE);
        waitUntil(() -> text("#main-bundled-catalog-text").contains("が承認を待っています"));
        assertFalse(lookup("#main-bundled-catalog-propose").query().isVisible(), "nothing more to propose");
        assertEquals(1, proposals().size());
        long id = proposals().get(0).id();

        switchTo("manager");
        waitUntil(() -> text("#main-bundled-catalog-text").contains("変更案 " + id + " が承認を待っています"));
        click("#open-settings");
        TabPane settings = lookup("#settings").query();
        interact(() -> settings.getSelectionModel().select(1));
        settle();
        TableView<?> list = lookup("#catalog-proposal-list").query();
        waitUntil(() -> list.getItems().size() == 1);
        assertTrue(text("#settings-bundled-catalog-text").contains("承認を待っています"));
        screenshot("bundled-catalog-notice-settings.png");
        waitUntil(() -> !lookup("#catalog-approve")
                .queryAs(javafx.scene.control.Button.class)
                .isDisabled());
        click("#catalog-approve");
        pressButton(ButtonData.YES);
        assertTrue(dialogText().contains("承認しました"), dialogText());
        pressButton(ButtonData.CANCEL_CLOSE);
        waitUntil(() -> !lookup("#main-bundled-catalog").query().isVisible());
        assertEquals(
                "days(eventDate, notifiedOn)",
                ledger.ctx
                        .catalog()
                        .taskType("1-2")
                        .orElseThrow()
                        .field("daysElapsed")
                        .orElseThrow()
                        .formula());
    }

    private java.util.List<jp.shomu.ledger.domain.changes.ChangeProposal> proposals() {
        return new ChangeService(ledger.ctx)
                .proposals(ledger.manager, true).stream()
                        .filter(p -> p.kind() == ChangeKind.CATALOG)
                        .toList();
    }

    private void screenshot(String name) throws Exception {
        SceneShots.resize(this, stage, 1280, 720); // within the headless screen (1280×800)
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        SceneImage.save(this, stage.getScene(), out.resolve(name));
    }

    private String dialogText() {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        Node content = pane.lookup(".content");
        return pane.getContentText() == null ? ((Labeled) content).getText() : pane.getContentText();
    }

    private void pressButton(ButtonData data) {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").query();
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == data)
                .findFirst()
                .orElseThrow();
        pressDialogButton(type);
    }
}
