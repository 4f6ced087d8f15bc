package jp.shomu.ledger.service;

/** The person stopped long work through {@link ProgressSink#cancelled()}; nothing was written. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("中止しました。ファイルも台帳も変更していません。");
    }
}
