package jp.shomu.ledger.domain.kpi;

/**
 * The counts the monthly report is built from, each with its one definition (docs/REPORTS.md). "The month" is
 * the report's month; "month end" is its last day, or the day the report is made while the month is still running.
 */
public enum Figure {
    RECEIVED("受付件数", "受付日が当月の案件(後で取り下げた案件も含む)。"),
    COMPLETED("完了件数", "完了日が当月で、月末時点で完了している案件。月末より後に再開しても当月の数は変わらない。" + "完了後の誤りで再開した案件は、再び完了した月にも数える。"),
    COMPLETED_WITH_DUE("完了(期限あり)", "当月の完了案件のうち処理期限のある案件。期限内処理率の分母。"),
    ON_TIME("期限内完了", "当月の完了案件のうち、ダブルチェックの承認日(センター処理の終了日)が処理期限以前の案件。" + "承認後の市の決裁にかかった日数は含めない。"),
    COMPLETED_LATE("期限超過で完了", "当月の完了案件のうち、ダブルチェックの承認日が処理期限より後の案件。"),
    COMPLETED_NO_DUE("完了(期限なし)", "当月の完了案件のうち、締切日が未入力で処理期限のない案件。期限内処理率の計算から除く。"),
    WITHDRAWN("取下げ件数", "当月に取り下げた案件。完了にも未完了にも数えない。"),
    OPEN_AT_MONTH_END("月末未完了", "受付日が月末以前で、月末時点で完了も取下げもしていない案件。" + "市決裁待ちの案件も、完了するまでは未完了に数える。"),
    OPEN_OVERDUE("月末期限超過", "月末未完了の案件のうち、月末時点でセンターの処理(ダブルチェックの承認)が終わらず、" + "月末時点で計算した処理期限を過ぎている案件。"),
    OPEN_NO_DUE("月末期限未設定", "月末未完了の案件のうち、締切日が未入力で処理期限を計算できない案件。"),
    MINUTES_LOGGED("作業時間(分)", "作業日が当月の作業時間の合計(案件がいつ完了したかを問わない)。月末までに記録された分。"),
    COMPLETED_MINUTES("作業時間(完了案件)(分)", "当月の完了案件に記録された作業時間の合計(作業日を問わない)。月末までに記録された分。標準時間比の分子。"),
    STANDARD_MINUTES("標準時間(分)", "当月の完了件数 × 中区分の標準処理時間(案件を登録したカタログの版の値)。"),
    APPROVALS("承認回数", "当月にダブルチェックで承認した回数。"),
    SEND_BACKS("差戻し回数", "当月にダブルチェックで差し戻した回数(同じ案件を2回差し戻せば2回)。"),
    ERRORS_AFTER_COMPLETION("完了後誤り", "当月に判明した完了後の誤りの回数(業務責任者が「完了後の誤り」で再開した記録)。"),
    ERROR_CASES("完了後誤り(案件数)", "当月に完了後の誤りが判明した案件の数(同じ案件は1件)。"),
    COMPLETED_WITH_ERROR("完了案件のうち誤り判明", "当月の完了案件のうち、当月に完了後の誤りが判明した案件(誤りで再開し、月末までに再び完了した案件)。" + "処理正確性で完了件数から差し引く。"),
    DOUBLE_CHECKED("ダブルチェック済", "当月の完了案件のうち、最後の承認をした職員が、その前の承認以降にその案件の処理(処理開始・編集・" + "処理者のチェック・確認依頼)をしておらず、担当者でもない案件。");

    private final String label;
    private final String definition;

    Figure(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }
}
