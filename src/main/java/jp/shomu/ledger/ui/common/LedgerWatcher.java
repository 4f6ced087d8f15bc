package jp.shomu.ledger.ui.common;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.service.LedgerContext;

/**
 * Notices other PCs' commits by polling PRAGMA data_version (design.md §4) and tells the screens, on the UI
 * thread, so they refresh what they show. The screens report their own saves through {@link #changedHere()}.
 */
public final class LedgerWatcher implements AutoCloseable {
    /** Who changed the ledger: this window, or someone else on another PC (or another connection). */
    public enum Origin {
        HERE,
        OTHERS
    }

    private final LedgerContext ledger;
    private final Duration interval;
    private final Consumer<Runnable> uiThread;
    private final List<Consumer<Origin>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> problemListeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService timer;
    private long lastVersion;
    private volatile boolean troubled;

    /** @param uiThread hands a notification to the UI thread (Platform::runLater; tests run it directly) */
    public LedgerWatcher(LedgerContext ledger, Duration interval, Consumer<Runnable> uiThread) {
        this.ledger = ledger;
        this.interval = interval;
        this.uiThread = uiThread;
    }

    public void start() {
        lastVersion = ledger.dataVersion();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shomu-ledger-watcher");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void addListener(Consumer<Origin> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Origin> listener) {
        listeners.remove(listener);
    }

    /** Listeners for a ledger that cannot be read (share unreachable); an empty text means it is reachable again. */
    public void addProblemListener(Consumer<String> listener) {
        problemListeners.add(listener);
    }

    /** Called on the UI thread after this window saved something. */
    public void changedHere() {
        listeners.forEach(l -> l.accept(Origin.HERE));
    }

    /** Checks once now; the timer calls this every interval. */
    public void poll() {
        try {
            long version = ledger.dataVersion();
            if (troubled) {
                troubled = false;
                uiThread.accept(() -> problemListeners.forEach(l -> l.accept("")));
            }
            if (version != lastVersion) {
                lastVersion = version;
                uiThread.accept(() -> listeners.forEach(l -> l.accept(Origin.OTHERS)));
            }
        } catch (LedgerException e) {
            troubled = true;
            uiThread.accept(() -> problemListeners.forEach(l -> l.accept(e.getMessage())));
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
