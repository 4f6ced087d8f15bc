package jp.shomu.ledger.store.inquiries;

/**
 * How much of a match FAQ and inquiry search rank. Ranking (bm25) costs time for every matching row, and a
 * one-character word matches thousands; so the newest {@link #RANKED} matches are ranked and the best of them shown
 * first. A rarer word has fewer matches than that, and all of them are ranked (docs/PERFORMANCE.md, issue #15).
 */
final class SearchLimits {
    static final int RANKED = 500;

    private SearchLimits() {}
}
