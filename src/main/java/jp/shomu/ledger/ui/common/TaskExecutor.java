package jp.shomu.ledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work on the ledger away from the screen's thread and hands the result back to it. View models only use this
 * interface, so their tests run the work on the current thread.
 */
public interface TaskExecutor {
    /**
     * @param name      what the work is, for timing logs
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread with what went wrong
     */
    <T> void run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small update on the screen's thread (progress from a worker); the test executor runs it at once. */
    default void onUi(Runnable update) {
        update.run();
    }
}
