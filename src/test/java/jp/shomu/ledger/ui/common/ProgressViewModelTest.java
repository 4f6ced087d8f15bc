package jp.shomu.ledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.ui.output.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;

class ProgressViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private final ProgressViewModel p = new ProgressViewModel("出力", executor, dialogs);

    @Test
    void progressMovesTheBarAndTheMessageThenTheResultIsShown() {
        List<Double> seen = new ArrayList<>();
        p.progressProperty().addListener((obs, old, v) -> seen.add(v.doubleValue()));
        dialogs.whileProgress = vm -> executor.runAll();
        p.run(
                false,
                () -> {
                    p.progress(0, 0, "件数を確認中");
                    assertEquals(ProgressViewModel.UNKNOWN, p.progressProperty().get());
                    p.progress(1, 4, "1ページ目");
                    p.step("引継書", 4, 4);
                    return "結果";
                },
                r -> "作成しました: " + r);
        assertEquals(List.of(0.25, 1.0), seen);
        assertEquals("引継書", p.messageProperty().get());
        assertTrue(p.finishedProperty().get());
        assertEquals(1, dialogs.progressShown);
        assertEquals(List.of("作成しました: 結果"), dialogs.infos);
    }

    @Test
    void cancelStopsTheWorkAndSaysNoFileWasMade() {
        dialogs.whileProgress = vm -> executor.runAll();
        p.run(
                false,
                () -> {
                    p.progress(1, 10, "1ページ目");
                    p.cancel();
                    assertTrue(p.cancelRequestedProperty().get());
                    p.checkCancelled();
                    return "書いてはいけない";
                },
                r -> r);
        assertEquals(List.of("取り消しました(ファイルは作っていません)"), dialogs.infos);
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(p.finishedProperty().get());
    }

    @Test
    void cancelInterruptsInterruptibleWorkAndTheWorkerIsLeftClean() {
        dialogs.whileProgress = vm -> executor.runAll();
        p.run(
                true,
                () -> {
                    p.cancel();
                    assertTrue(Thread.currentThread().isInterrupted());
                    throw new IllegalStateException("interrupted");
                },
                r -> "");
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(List.of("取り消しました(ファイルは作っていません)"), dialogs.infos);
    }

    @Test
    void aFailureIsShownAsAnError() {
        dialogs.whileProgress = vm -> executor.runAll();
        p.run(
                false,
                () -> {
                    throw new IllegalArgumentException("この月はまだ締まっていません");
                },
                r -> "");
        assertEquals(List.of("この月はまだ締まっていません"), dialogs.errors);
        assertTrue(dialogs.infos.isEmpty());
    }
}
