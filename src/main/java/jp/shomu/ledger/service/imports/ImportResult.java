package jp.shomu.ledger.service.imports;

/**
 * A finished import: every row registered in one transaction. {@code lockMillis} is how long the ledger's write
 * lock was held — how long everyone else's saves had to wait (docs/REPORTS.md §取込み).
 */
public record ImportResult(
        ImportPreview preview, long firstCaseId, long lastCaseId, long checkMillis, long lockMillis) {
    public long cases() {
        return preview.cases();
    }
}
