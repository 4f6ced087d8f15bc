package jp.shomu.ledger.ui.fx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ProgressBar;
import jp.shomu.ledger.ui.common.FxDialogService;
import jp.shomu.ledger.ui.common.FxTaskExecutor;
import jp.shomu.ledger.ui.common.ProgressViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real progress dialog: the bar moves while work runs on a worker, 取消(C) stops it, and the person is told. */
class ProgressDialogUiTest extends FxRobot {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
    }

    @Test
    void cancelStopsTheWorkAndSaysSo() throws Exception {
        ProgressViewModel p = new ProgressViewModel("月次報告書の作成", executor, new FxDialogService());
        Platform.runLater(() -> p.run(
                false,
                () -> {
                    for (int i = 0; i < 1000; i++) {
                        p.progress(i, 1000, (i + 1) + "ページ目");
                        p.checkCancelled();
                        Thread.sleep(10);
                    }
                    return "done";
                },
                r -> r));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> lookup("#progress-bar")
                        .tryQuery()
                        .map(b -> ((ProgressBar) b).getProgress() > 0)
                        .orElse(false));
        DialogPane pane = lookup(".dialog-pane").query();
        Button cancel = (Button) pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonData.CANCEL_CLOSE)
                .findFirst()
                .map(pane::lookupButton)
                .orElseThrow();
        assertTrue(cancel.getText().startsWith("取消"));
        clickOn(cancel);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> lookup(".dialog-pane").queryAll().stream()
                        .anyMatch(n -> ((DialogPane) n).getContentText() != null
                                && ((DialogPane) n).getContentText().startsWith("取り消しました")));
        assertTrue(p.finishedProperty().get());
        assertTrue(lookup("#progress-bar").tryQuery().isEmpty());
        DialogPane info = lookup(".dialog-pane").query();
        clickOn(info.lookupButton(info.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
