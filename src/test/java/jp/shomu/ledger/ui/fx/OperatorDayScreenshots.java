package jp.shomu.ledger.ui.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the issue-14 screenshots (docs/screenshots/issue14-*), taken from the real window as JavaFX draws it,
 * at the size given by -Dshomu.screenshotSize=1600x1000 (or 1366x768). Runs only when -Dshomu.screenshots names
 * the folder.
 */
@EnabledIfSystemProperty(named = "shomu.screenshots", matches = ".+")
class OperatorDayScreenshots extends WorkbenchUiTest {
    private long id;

    @Override
    void prepare(LedgerFixture fixture) {
        id = fixture.allowanceCase(fixture.op1, "通勤手当 新規(経路変更あり)");
        var flow = fixture.workflow();
        flow.start(fixture.op1, id, fixture.version(id));
        for (String item : new String[] {"c1", "c2", "c4", "c5"}) {
            flow.tick(fixture.op1, id, item, "");
        }
        flow.submitForCheck(fixture.op1, id, fixture.version(id));
        String category = fixture.ctx.catalog().errorCategories().stream()
                .filter(c -> c.label().equals("入力誤り"))
                .findFirst()
                .orElseThrow()
                .code();
        flow.sendBack(fixture.op2, id, fixture.version(id), java.util.List.of(category), "月額の計算根拠(6か月定期代)を確認してください");
        assert ReviewOutcome.SENT_BACK != null;
    }

    @Test
    void takeScreenshots() throws Exception {
        Path out = Path.of(System.getProperty("shomu.screenshots"));
        Files.createDirectories(out);
        String size = System.getProperty("shomu.screenshotSize", "1600x1000");
        String[] wh = size.split("x");
        interact(() -> {
            stage.setWidth(Double.parseDouble(wh[0]));
            stage.setHeight(Double.parseDouble(wh[1]));
        });
        settle();
        click("自分の案件");
        shoot(stage.getScene(), out.resolve("issue14-list-" + size + ".png"));
        openBySearch(id);
        shoot(stage.getScene(), out.resolve("issue14-sent-back-" + size + ".png"));
        type("#field-subject", "通勤手当 新規(経路変更あり・直した)");
        press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        WaitForDialog();
        Window dialog = Window.getWindows().stream()
                .filter(w -> w != stage
                        && w.isShowing()
                        && w.getScene() != null
                        && w.getScene().lookup("#close-dirty") != null)
                .findFirst()
                .orElseThrow();
        shoot(dialog.getScene(), out.resolve("issue14-close-dialog-" + size + ".png"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
    }

    private void WaitForDialog() {
        waitUntil(() -> lookup("#close-dirty").tryQuery().isPresent());
    }

    private void shoot(Scene scene, Path file) {
        SceneImage.save(this, scene, file);
    }
}
