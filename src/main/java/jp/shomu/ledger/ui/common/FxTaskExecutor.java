package jp.shomu.ledger.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs ledger work on two daemon threads (the ledger serialises its own access) and returns to the JavaFX thread.
 * A worker thread carries the name of the work it is doing, so a thread dump says what the app is waiting for.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "shomu-ledger-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.incrementAndGet();
        busy.set(true);
        pool.execute(() -> {
            Thread worker = Thread.currentThread();
            String idleName = worker.getName();
            worker.setName(idleName + ": " + name);
            try {
                T result = work.call();
                finish(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                finish(() -> onFailure.accept(e));
            } finally {
                worker.setName(idleName);
            }
        });
    }

    /** Counts the work as done before its hand-back runs, since a hand-back may open a dialog and wait there. */
    private void finish(Runnable onFxThread) {
        Platform.runLater(() -> {
            busy.set(pending.decrementAndGet() > 0);
            onFxThread.run();
        });
    }

    @Override
    public void onUi(Runnable update) {
        Platform.runLater(update);
    }

    /** True while any work or its hand-back is outstanding (the status bar shows it; UI tests wait for it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isIdle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
