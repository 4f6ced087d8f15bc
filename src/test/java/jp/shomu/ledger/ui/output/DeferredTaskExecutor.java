package jp.shomu.ledger.ui.output;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import jp.shomu.ledger.ui.common.CurrentThreadTaskExecutor;
import jp.shomu.ledger.ui.common.TaskExecutor;

/** Holds work back until the test runs it, so a test can act while the progress dialog is up. */
public final class DeferredTaskExecutor implements TaskExecutor {
    private final List<Runnable> queued = new ArrayList<>();
    private final TaskExecutor now = new CurrentThreadTaskExecutor();
    /** Runs after each progress update reaches the screen (e.g. the person presses 取消 then). */
    Runnable afterUpdate = () -> {};

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> now.run(name, work, onSuccess, onFailure));
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
        afterUpdate.run();
    }

    public void runAll() {
        List<Runnable> batch = List.copyOf(queued);
        queued.clear();
        batch.forEach(Runnable::run);
    }
}
