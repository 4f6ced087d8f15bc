package jp.shomu.ledger.service;

/**
 * Where long work (a report, an export, an import) says how far it got, and asks whether the person wants to stop.
 * The app's progress dialog implements it; the command line prints to stderr; tests use {@link #NONE}. Work checks
 * {@link #cancelled()} between pages and then stops with {@link CancelledException}, leaving nothing half done.
 */
public interface ProgressSink {
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(long done, long total, String message) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} may be 0 when not known yet; {@code message} is Japanese, e.g. 「月末未完了の案件を確認中」. */
    void progress(long done, long total, String message);

    boolean cancelled();

    /** Throws {@link CancelledException} if the person asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
