package jp.shomu.ledger.domain.catalog;

/** A kind of error the double check can find (入力誤り, 計算誤り, …); the counts feed the monthly report. */
public record ErrorCategory(String code, String label) {}
