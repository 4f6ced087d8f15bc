package jp.shomu.ledger.domain.sla;

/**
 * A figure of the monthly report that an SLA item can set a target for. The app computes every one of these;
 * a leader picks which ones the SLA lists and with what target. The definitions are those of docs/REPORTS.md.
 */
public enum SlaMetric {
    ON_TIME_RATE(
            "処理期限内処理率", true, true, "当月に完了した案件のうち、センターの処理(ダブルチェックの承認日)が処理期限内だった案件の割合。" + "期限のない案件は分母に含めず、件数を別に示す。"),
    ACCURACY(
            "処理正確性",
            true,
            true,
            "(当月の完了件数 − そのうち当月に完了後の誤りが判明した案件数) ÷ 当月の完了件数。" + "分子と分母は同じ当月の完了案件で数え、他の月に完了した案件は差し引かない(その誤りは処理誤り件数に数える)。"),
    DOUBLE_CHECK_RATE(
            "ダブルチェック実施率",
            true,
            true,
            "当月に完了した案件のうち、その案件の処理(処理開始・編集・処理者のチェック・確認依頼)を" + "していない職員(担当者以外)がダブルチェックで承認した案件の割合。業務責任者・管理責任者も同じ。"),
    ERROR_COUNT("処理誤り件数", false, false, "当月に判明した完了後の誤り(業務責任者が「完了後の誤り」として再開した記録)の件数。"),
    OVERDUE_COUNT("期限超過件数", false, false, "当月に期限を過ぎて完了した案件数と、月末時点でセンターの処理が終わらないまま期限を過ぎている案件数の合計。"),
    SEND_BACK_RATE("差戻し率", true, false, "当月のダブルチェック(承認と差戻し)のうち、差戻しの割合。"),
    SEND_BACK_COUNT("差戻し件数", false, false, "当月にダブルチェックで差し戻した回数(同じ案件の2回目以降の差戻しも数える)。"),
    OPEN_AT_MONTH_END("月末未完了件数", false, false, "月末までに受け付け、月末時点で完了も取下げもしていない案件数。"),
    NO_DUE_DATE_COUNT("期限未設定件数", false, false, "月末時点で未完了の案件のうち、締切日が未入力のため処理期限を計算できない案件数。");

    private final String label;
    private final boolean rate;
    private final boolean higherIsBetter;
    private final String definition;

    SlaMetric(String label, boolean rate, boolean higherIsBetter, String definition) {
        this.label = label;
        this.rate = rate;
        this.higherIsBetter = higherIsBetter;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    /** A percentage (numerator ÷ denominator); otherwise a count. */
    public boolean isRate() {
        return rate;
    }

    /** The target is a floor (達成 when at or above it); otherwise a ceiling (達成 when at or below it). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String definition() {
        return definition;
    }

    public String unit() {
        return rate ? "%" : "件";
    }

    /** Accepts the English code or the Japanese label. */
    public static SlaMetric parse(String text) {
        for (SlaMetric m : values()) {
            if (m.name().equalsIgnoreCase(text.strip()) || m.label.equals(text.strip())) {
                return m;
            }
        }
        StringBuilder known = new StringBuilder();
        for (SlaMetric m : values()) {
            known.append(known.length() == 0 ? "" : ", ")
                    .append(m.name())
                    .append('(')
                    .append(m.label)
                    .append(')');
        }
        throw new IllegalArgumentException("SLA の指標「" + text + "」はありません。使える指標: " + known);
    }
}
