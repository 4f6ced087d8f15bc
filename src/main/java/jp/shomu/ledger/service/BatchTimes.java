package jp.shomu.ledger.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * Times the short write transactions of a long job (the fiscal-year archive): each is about how long another PC
 * may have waited for the file. Between them the job pauses, so that others' saves get in.
 */
public final class BatchTimes {
    private final List<Double> millis = new ArrayList<>();

    public <T> T time(Supplier<T> transaction) {
        long t = System.nanoTime();
        try {
            return transaction.get();
        } finally {
            millis.add((System.nanoTime() - t) / 1e6);
        }
    }

    public TransactionTimes summary() {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.isEmpty()
                ? new TransactionTimes(0, 0, 0)
                : new TransactionTimes(sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    public static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerProblem.BUSY, "年度アーカイブが中断されました。もう一度実行すると続きから進みます。");
        }
    }
}
