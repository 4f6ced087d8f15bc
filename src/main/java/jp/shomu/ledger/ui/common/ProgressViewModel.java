package jp.shomu.ledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.report.handover.HandoverBundle;
import jp.shomu.ledger.service.CancelledException;
import jp.shomu.ledger.service.ProgressSink;

/**
 * One long piece of output work (a report, an export, a handover bundle) in the progress dialog: the bar, the current
 * message and 取消. The work reports from its own thread; the properties change on the screen's thread. A cancel
 * sets the flag the services poll and, for work that stops on an interrupt, interrupts the worker.
 */
public final class ProgressViewModel implements ProgressSink, HandoverBundle.Listener {
    /** The bar's value while the total is not known yet. */
    public static final double UNKNOWN = -1;

    private final String title;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper();
    private volatile boolean cancelled;
    private Thread worker;

    public ProgressViewModel(String title, TaskExecutor executor, DialogService dialogs) {
        this.title = title;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public String title() {
        return title;
    }

    /** 0 to 1, or −1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True once the work ended, however it ended; the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    // ProgressSink and HandoverBundle.Listener: called from the worker thread

    @Override
    public void progress(long done, long total, String text) {
        double value = total > 0 ? Math.min(1.0, (double) done / total) : UNKNOWN;
        executor.onUi(() -> {
            progress.set(value);
            message.set(text);
        });
    }

    @Override
    public void step(String stepTitle, int done, int total) {
        progress(done, total, stepTitle);
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    // Commands

    /** Asks the work to stop; it stops at its next check and leaves no file behind. */
    public synchronized void cancel() {
        cancelled = true;
        cancelRequested.set(true);
        message.set(Messages.get("progress.cancelling"));
        if (worker != null) {
            worker.interrupt();
        }
    }

    /**
     * Runs the work in the background, shows the progress dialog until it ends, then tells the person how it went.
     *
     * @param interruptible whether a cancel also interrupts the worker (work that stops on an interrupt)
     * @param done          the message on success, made from the result
     */
    public <T> void run(boolean interruptible, Callable<T> work, Function<T, String> done) {
        runThen(interruptible, work, result -> dialogs.showInfo(title, done.apply(result)));
    }

    /** Like {@link #run}, but hands the result to {@code then} on the screen's thread instead of a message. */
    public <T> void runThen(boolean interruptible, Callable<T> work, Consumer<T> then) {
        executor.run(
                title,
                () -> inWorker(interruptible, work),
                result -> {
                    finished.set(true);
                    then.accept(result);
                },
                this::failed);
        if (!finished.get()) {
            dialogs.showProgress(this);
        }
    }

    private <T> T inWorker(boolean interruptible, Callable<T> work) throws Exception {
        synchronized (this) {
            if (cancelled) {
                throw new CancelledException();
            }
            worker = interruptible ? Thread.currentThread() : null;
        }
        try {
            return work.call();
        } finally {
            synchronized (this) {
                worker = null;
                Thread.interrupted();
            }
        }
    }

    private void failed(Throwable e) {
        finished.set(true);
        if (cancelled || e instanceof CancelledException) {
            dialogs.showInfo(title, Messages.get("progress.cancelled"));
        } else {
            dialogs.showError(ErrorText.of(e));
        }
    }
}
