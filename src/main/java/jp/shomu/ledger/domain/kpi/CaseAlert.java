package jp.shomu.ledger.domain.kpi;

import java.time.LocalDate;

/**
 * A case the 期限超過・審査未了一覧 lists: overdue, at risk, without a due date, or waiting for a check or the
 * city at month end; {@code reason} says why in words.
 *
 * @param businessDaysOver business days past the due date (as of month end, or at the centre's approval); 0 if not late
 */
public record CaseAlert(
        long caseId,
        String typeCode,
        String typeName,
        String subject,
        Kind kind,
        String situation,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate centreDoneOn,
        int businessDaysOver,
        String reason) {
    /** Most serious first: a case is listed once, under the first kind that applies. */
    public enum Kind {
        OVERDUE_OPEN("期限超過(未処理)"),
        LATE_DONE("期限超過で完了"),
        NO_DUE_DATE("期限未設定"),
        AT_RISK("期限間近"),
        AWAITING_CHECK("審査未了(ダブルチェック待ち)"),
        CITY_APPROVAL("審査未了(市決裁待ち)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
